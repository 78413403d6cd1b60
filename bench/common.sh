# Helpers the benchmark scripts share; sourced from the project's root folder.

apt_updated=false
need() { # command package: installs the package with apt when the command is missing (as root)
  command -v "$1" >/dev/null && return
  [ "$(id -u)" -eq 0 ] || { echo "$1 is missing: apt-get install -y $2" >&2; exit 1; }
  $apt_updated || { apt-get update -qq; apt_updated=true; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

built_jar() { # prints the absolute path of target/'s jar, building it first if there is none
  local jar
  jar=$(ls target/probation-careers-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -B -q -DskipTests package >&2
    jar=$(ls target/probation-careers-*.jar | grep -v plain | head -n 1)
  fi
  echo "$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
}

# Shared shell helpers: find a JDK >= 21 and the pinned Maven. Sourced by the other scripts.
# Pinned versions live here and nowhere else.
MAVEN_VERSION=3.9.11
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"

java_major() { # $1 = java binary; prints the feature version (17, 21, 25...)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}

find_jdk() { # prints a JAVA_HOME with a JDK >= 21, or fails with a clear message
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(java_major "$JAVA_HOME/bin/java"); if [ "${v:-0}" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME"; return 0; fi
  fi
  best=""; bestv=0
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d/bin/java"); [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "error: BrickOptima builds with a JDK 21 or newer; set JAVA_HOME to one (none found under /usr/lib/jvm)" >&2
    return 1
  fi
  echo "$best"
}

find_jdk17() { # a Java 17 runtime for tests that need it (IntelliJ 183 core, Spark 3.5); empty if none
  for d in "${JAVA17_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/*17*; do
    [ -n "$d" ] && [ -x "$d/bin/java" ] || continue
    [ "$(java_major "$d/bin/java")" = "17" ] && { echo "$d"; return 0; }
  done
  return 0
}

ensure_maven() { # prints the path of the pinned mvn, bootstrapping it with any installed mvn
  local home="$TOOLS/apache-maven-$MAVEN_VERSION"
  if [ ! -x "$home/bin/mvn" ]; then
    command -v mvn >/dev/null 2>&1 || { echo "error: need some 'mvn' on PATH once, to fetch Maven $MAVEN_VERSION from Maven Central (apt-get install maven)" >&2; return 1; }
    mkdir -p "$TOOLS"
    (cd "$TOOLS" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
        -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin" -DoutputDirectory="$TOOLS" >&2) \
      || { echo "error: could not fetch Maven $MAVEN_VERSION from Maven Central" >&2; return 1; }
    chmod +x "$home/bin/mvn"
  fi
  echo "$home/bin/mvn"
}

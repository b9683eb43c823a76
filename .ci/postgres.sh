# shellcheck shell=bash
# Starts a throwaway PostgreSQL server for the store's tests. Meant to be sourced:
#
#   source .ci/postgres.sh        # installs the server if needed, starts it, exports the URL
#   trap bellamy_pg_stop EXIT     # the caller decides when to stop it (this file sets no trap)
#   mvn ... test                  # PostgresRunStoreTest reads BELLAMY_TEST_PG_URL
#
# What it does: installs Debian's `postgresql` package with apt-get when no server binaries are
# found under /usr/lib/postgresql/*/bin (as root only; no default cluster is created); creates a
# cluster in a fresh temporary directory owned by the `postgres` user when run as root (initdb
# refuses root), or by the current user otherwise; starts it on 127.0.0.1 on a free port, with
# its socket in that directory and its log in <dir>/postgres.log; creates a user with a random
# password and a database it owns; exports
#   BELLAMY_TEST_PG_URL=jdbc:postgresql://127.0.0.1:PORT/bellamy_test?user=bellamy&password=...
# Sourcing it again first stops the server the previous sourcing started. Every step checks
# its own status, so it works with or without the caller's `set -e`/`set -u`/`pipefail`, and it
# changes none of the caller's shell options. On failure it prints why, cleans up and returns 1.
#
# Defines: bellamy_pg_start, bellamy_pg_stop. Exports: BELLAMY_TEST_PG_URL, BELLAMY_PG_DIR
# (the cluster directory), BELLAMY_PG_BIN (the server's bin directory).

# Prints the bin directory of the newest installed server version, or nothing.
_bellamy_pg_find_bin() {
  local dir version best="" best_version=-1
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] || continue
    version="${dir#/usr/lib/postgresql/}"
    version="${version%%/*}"
    version="${version%%.*}"
    case "$version" in '' | *[!0-9]*) continue ;; esac
    if [ "$version" -gt "$best_version" ]; then
      best="$dir"
      best_version="$version"
    fi
  done
  printf '%s' "$best"
}

# Runs a command as the cluster's owner (`postgres` when we are root, else ourselves), from /
# so that it never trips over an unreadable working directory.
_bellamy_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

_bellamy_pg_fail() {
  echo "postgres.sh: $*" >&2
  if [ -n "${BELLAMY_PG_DIR:-}" ] && [ -f "${BELLAMY_PG_DIR}/postgres.log" ]; then
    echo "postgres.sh: last lines of ${BELLAMY_PG_DIR}/postgres.log:" >&2
    tail -n 20 "${BELLAMY_PG_DIR}/postgres.log" >&2
  fi
  bellamy_pg_stop
  return 1
}

# Installs the server when absent, then starts a fresh cluster and exports its URL.
bellamy_pg_start() {
  bellamy_pg_stop
  local bin
  bin="$(_bellamy_pg_find_bin)"
  if [ -z "$bin" ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "postgres.sh: no PostgreSQL server under /usr/lib/postgresql and not root;" \
        "install the Debian package 'postgresql'" >&2
      return 1
    fi
    echo "postgres.sh: installing the PostgreSQL server (apt-get)" >&2
    # Only the binaries are needed: tell postgresql-common not to create and start a default
    # cluster (a drop-in, not the package's own conffile, so dpkg asks nothing).
    mkdir -p /etc/postgresql-common/createcluster.d || return 1
    printf 'create_main_cluster = false\n' \
      > /etc/postgresql-common/createcluster.d/bellamy-ci.conf || return 1
    apt-get update -qq || { echo "postgres.sh: apt-get update failed" >&2; return 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql \
      >/dev/null || { echo "postgres.sh: apt-get install postgresql failed" >&2; return 1; }
    bin="$(_bellamy_pg_find_bin)"
    if [ -z "$bin" ]; then
      echo "postgres.sh: installed 'postgresql' but found no initdb under /usr/lib/postgresql" >&2
      return 1
    fi
  fi

  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/bellamy-pg.XXXXXX")" || return 1
  export BELLAMY_PG_DIR="$dir" BELLAMY_PG_BIN="$bin"
  chmod 755 "$dir" || { _bellamy_pg_fail "cannot chmod $dir"; return 1; }
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$dir" || { _bellamy_pg_fail "cannot give $dir to user postgres"; return 1; }
  fi

  # Superuser `postgres`, trusted on the private socket only; password logins over TCP.
  _bellamy_pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; _bellamy_pg_fail "initdb failed"; return 1; }

  # A port that nothing listens on now; if another process takes it first, try another.
  local attempt port started=""
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      continue # something answers there
    fi
    if _bellamy_pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir" \
        start >/dev/null; then
      started=yes
      break
    fi
  done
  [ -n "$started" ] || { _bellamy_pg_fail "the server did not start"; return 1; }
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 \
    || { _bellamy_pg_fail "the server does not accept connections on port $port"; return 1; }

  local password
  password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  [ ${#password} -eq 32 ] || { _bellamy_pg_fail "cannot make a password"; return 1; }
  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
      -c "CREATE ROLE bellamy LOGIN PASSWORD '$password'" \
      -c "CREATE DATABASE bellamy_test OWNER bellamy" >/dev/null \
    || { _bellamy_pg_fail "cannot create the user and database"; return 1; }

  export BELLAMY_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/bellamy_test?user=bellamy&password=$password"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port," \
    "cluster in $dir; stop it with bellamy_pg_stop" >&2
}

# Stops the server bellamy_pg_start started (if any) and deletes its directory. Always succeeds.
bellamy_pg_stop() {
  local dir="${BELLAMY_PG_DIR:-}" bin="${BELLAMY_PG_BIN:-}"
  if [ -n "$dir" ] && [ -d "$dir" ]; then
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      _bellamy_pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
        || echo "postgres.sh: could not stop the server in $dir" >&2
    fi
    case "$dir" in
      */bellamy-pg.*) rm -rf -- "$dir" ;;
    esac
  fi
  unset BELLAMY_TEST_PG_URL BELLAMY_PG_DIR BELLAMY_PG_BIN
  return 0
}

bellamy_pg_start

#!/bin/bash
# test/clients/jdbc.t: README's three questions and every type of the
# extension through the PostgreSQL JDBC driver, with server-side prepared
# statements and binary transfer, as Java BI tools connect (Jdbc.java says
# what it checks).  The JVM's time zone is Asia/Tokyo, which pgjdbc makes the
# session's TimeZone: the answers must not depend on it.
#
# Needs libpostgresql-jdbc-java and a JDK (java's single-file source launcher
# compiles Jdbc.java); test/run installs both.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

make_db wlz_jdbc
exec java -cp /usr/share/java/postgresql.jar -Duser.timezone=Asia/Tokyo "$here/Jdbc.java" wlz_jdbc

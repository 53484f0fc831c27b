#!/usr/bin/env bash
# Starts the whole Peerlend platform on this machine, in the foreground: embedded PostgreSQL, the MongoDB wire server,
# Keycloak, the four services, the web client and the gateway, each waited on until healthy. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

stamp=var/.build-stamp
needs_build() {
  [ -f "$stamp" ] || return 0
  for jar in infra/target/infra.jar gateway/target/gateway-exec.jar \
             lending-service/lending-app/target/lending-app-exec.jar \
             credit-scoring-service/scoring-app/target/scoring-app-exec.jar \
             kyc-service/kyc-app/target/kyc-app-exec.jar \
             disclosure-service/disclosure-app/target/disclosure-app-exec.jar \
             web/target/web-exec.jar; do
    [ -f "$jar" ] || return 0
  done
  # any source, resource or POM changed since the last build?
  [ -n "$(find . -path ./var -prune -o \( -name pom.xml -o -path '*/src/main/*' -o -path './infra/keycloak/*' \) \
          -newer "$stamp" -print -quit)" ]
}

if needs_build; then
  echo "[peerlend] building (first time: a few minutes; Maven Central downloads included)..."
  ./mvnw -q -B -DskipTests -Dspotless.check.skip=true install
  mkdir -p var && touch "$stamp"
fi

exec java -Xmx320m -Dlogback.configurationFile=logback-launcher.xml -Daxoniq.update-checker.disabled=true -Dpeerlend.home="$PWD" \
  -cp "infra/target/infra.jar:infra/target/lib/*" io.peerlend.infra.Platform

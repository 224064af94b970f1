#!/bin/sh
# A small PKI for the TLS tests, made at test time with openssl: a CA; a server certificate for
# 127.0.0.1 (and localhost); a client certificate (its key also encrypted with passphrase
# "key-passphrase"); a rogue CA with a server certificate for 127.0.0.1; an expired server
# certificate; a server certificate issued to another host name (other.example).
# Usage: make_pki.sh DIR
set -eu
dir="$1"
mkdir -p "$dir"
cd "$dir"
q() { "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; }

ca() { # name subject
    q openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days 3650 -subj "$2" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
}
leaf() { # name subject san issuer [extra x509 args]
    name="$1"; subject="$2"; san="$3"; issuer="$4"; shift 4
    q openssl req -newkey rsa:2048 -nodes -keyout "$name.key" -out "$name.csr" -subj "$subject"
    printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n' "$san" > "$name.ext"
    q openssl x509 -req -in "$name.csr" -CA "$issuer.pem" -CAkey "$issuer.key" -CAcreateserial -out "$name.pem" \
        -days 825 -extfile "$name.ext" "$@"
}

ca ca "/CN=PacsDrop Test CA"
ca rogue-ca "/CN=Rogue CA"
leaf server "/CN=127.0.0.1" "IP:127.0.0.1,DNS:localhost" ca
leaf client "/CN=PacsDrop client" "DNS:pacsdrop-client" ca
leaf rogue-server "/CN=127.0.0.1" "IP:127.0.0.1" rogue-ca
leaf other-host "/CN=other.example" "DNS:other.example" ca
q openssl pkey -in client.key -aes256 -passout pass:key-passphrase -out client-encrypted.key

# Expired: valid for one day in 2020 (openssl ca takes explicit dates).
mkdir -p expired-ca
: > expired-ca/index.txt
echo 1000 > expired-ca/serial
cat > expired-ca/ca.cnf <<CNF
[ca]
default_ca = test
[test]
database = expired-ca/index.txt
serial = expired-ca/serial
new_certs_dir = expired-ca
default_md = sha256
policy = anything
copy_extensions = none
[anything]
commonName = supplied
[ext]
subjectAltName = IP:127.0.0.1
extendedKeyUsage = serverAuth
basicConstraints = CA:FALSE
CNF
q openssl req -newkey rsa:2048 -nodes -keyout expired.key -out expired.csr -subj "/CN=127.0.0.1"
q openssl ca -batch -config expired-ca/ca.cnf -cert ca.pem -keyfile ca.key -in expired.csr -out expired.pem \
    -startdate 20200101000000Z -enddate 20200102000000Z -extensions ext -notext
echo ok

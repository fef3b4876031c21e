#!/usr/bin/env bash
# Real mail servers for the tests, on loopback only: Postfix (SMTP, 127.0.0.1:25) accepts mail for
# any <local-part>[+tag]@guichet.test and Dovecot (IMAP, 127.0.0.1:143) serves it back, any user
# <local-part>@guichet.test with the password guichet-test. Nothing ever leaves the machine.
# Idempotent: installs what is missing, (re)writes the configuration, starts or reloads. Run as root.
set -euo pipefail

DOMAIN=guichet.test
PASSWORD=guichet-test
VHOSTS=/var/mail/vhosts
SIZE_LIMIT=104857600 # 100 MB: tests send 20 MB attachments (27 MB once base64-encoded)

[ "$(id -u)" = 0 ] || { echo "mail-servers.sh must run as root" >&2; exit 1; }

# --- Packages (CI machines start fresh) ---------------------------------------------------------
if ! command -v postfix >/dev/null || ! command -v dovecot >/dev/null; then
  echo "Installing Postfix and Dovecot (Debian packages)…"
  # Without these answers the postfix package would ask interactively which kind of mail server it is.
  debconf-set-selections <<EOF
postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string $DOMAIN
EOF
  apt_install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postfix dovecot-imapd >/dev/null; }
  apt_install || { apt-get update -qq && apt_install; }
fi

# --- vmail: the one system user owning every test mailbox ----------------------------------------
free_id() { # first id from 5000 that $1 (passwd|group) does not use yet
  local id=5000
  while getent "$1" "$id" >/dev/null; do id=$((id + 1)); done
  echo "$id"
}
getent group vmail >/dev/null || groupadd --gid "$(free_id group)" vmail
id -u vmail >/dev/null 2>&1 ||
  useradd --uid "$(free_id passwd)" --gid vmail --home-dir "$VHOSTS" --no-create-home --shell /usr/sbin/nologin vmail
VMAIL_UID=$(id -u vmail)
VMAIL_GID=$(getent group vmail | cut -d: -f3)
install -d -o vmail -g vmail -m 0770 "$VHOSTS" "$VHOSTS/$DOMAIN"

# --- Dovecot: IMAP only, any user@guichet.test, one password ------------------------------------
# Debian's system passdb/userdb (PAM, /etc/passwd) would be tried first and log failures for every
# test login: keep only ours.
sed -i 's/^!include auth-system\.conf\.ext/#!include auth-system.conf.ext  # off: see local.conf/' \
  /etc/dovecot/conf.d/10-auth.conf
# Debian's 10-ssl.conf names a certificate that its postinst may not have made; Dovecot opens it even
# with ssl = no and refuses to start. We use no TLS: comment them out.
sed -i -E 's/^(ssl_(cert|key) = <)/#\1/' /etc/dovecot/conf.d/10-ssl.conf
# local.conf is read last by Debian's dovecot.conf, so it wins over conf.d/*.
cat >/etc/dovecot/local.conf <<EOF
# Written by guichet scripts/mail-servers.sh: test-only IMAP server, loopback, no TLS.
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$VHOSTS/%d/%n
# No syslog daemon on CI machines: log to files.
log_path = /var/log/dovecot.log
protocol lda {
  # dovecot-lda runs as vmail (from Postfix), it cannot write the root-owned log above.
  log_path = /var/log/dovecot-lda.log
}

passdb {
  driver = static
  args = password=$PASSWORD
  username_filter = *@$DOMAIN
}
userdb {
  driver = static
  args = uid=vmail gid=vmail home=$VHOSTS/%d/%n
}

# Mail is read (imap) and delivered (dovecot-lda) as vmail: let those processes report statistics.
service stats {
  unix_listener stats-writer {
    group = vmail
    mode = 0660
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = 143
  }
  inet_listener imaps {
    port = 0
  }
}
EOF
touch /var/log/dovecot.log /var/log/dovecot-lda.log
chown vmail:vmail /var/log/dovecot-lda.log
doveconf -n >/dev/null # fails loudly on a configuration error

if [ -f /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
  doveadm reload
else
  dovecot
fi

# --- Postfix: accept any local part @guichet.test, deliver through Dovecot, relay nothing --------
# Postfix's own virtual(8) agent refuses $1 substitutions from regexp tables (security rule), so a
# catch-all cannot name the mailbox: the regexp only says which recipients exist (without +tag),
# and dovecot-lda files each message into <domain>/<local-part>/ (Maildir) via Dovecot's userdb.
cat >/etc/postfix/guichet-mailboxes.regexp <<'EOF'
# Written by guichet scripts/mail-servers.sh. Any <local-part>[+tag]@guichet.test exists, its
# mailbox is guichet.test/<local-part>/. Local parts are limited to the characters Dovecot accepts in
# user names (auth_username_chars): anything else is refused at RCPT rather than deferred forever.
/^([A-Za-z0-9_-][A-Za-z0-9._-]*)(\+[^@]*)?@guichet\.test$/ guichet.test/${1}/
EOF
# ${user} is the local part without +tag; D, O, R add Delivered-To, X-Original-To and Return-Path
# like virtual(8) would; X: final delivery; h, u: lower-case domain and user.
postconf -M "dovecot/unix=dovecot unix - n n - - pipe flags=DORXhu user=vmail:vmail argv=/usr/lib/dovecot/dovecot-lda -f \${sender} -a \${original_recipient} -d \${user}@\${nexthop}"

postfix_running_with=$(postconf -h inet_interfaces inet_protocols | tr '\n' ' ')
postconf -e \
  "inet_interfaces = loopback-only" \
  "inet_protocols = ipv4" \
  "mydestination = localhost" \
  "mynetworks = 127.0.0.0/8" \
  "relayhost =" \
  "default_transport = error:outside mail is off in tests" \
  "relay_transport = error:outside mail is off in tests" \
  "virtual_mailbox_domains = $DOMAIN" \
  "virtual_mailbox_base = $VHOSTS" \
  "virtual_mailbox_maps = regexp:/etc/postfix/guichet-mailboxes.regexp" \
  "virtual_transport = dovecot" \
  "dovecot_destination_recipient_limit = 1" \
  "virtual_uid_maps = static:$VMAIL_UID" \
  "virtual_gid_maps = static:$VMAIL_GID" \
  "recipient_delimiter = +" \
  "message_size_limit = $SIZE_LIMIT" \
  "virtual_mailbox_limit = $SIZE_LIMIT" \
  "mailbox_size_limit = 0" \
  "smtpd_tls_security_level = none" \
  "smtp_tls_security_level = none" \
  "maillog_file = /var/log/postfix.log"
postfix check

# Debian's service wrappers copy /etc/hosts, resolv.conf… into the chroot before starting.
[ -x /usr/lib/postfix/configure-instance.sh ] && /usr/lib/postfix/configure-instance.sh -
if postfix status >/dev/null 2>&1; then
  # Listening addresses are only re-read by a full restart, everything else by a reload.
  if [ "$postfix_running_with" != "$(postconf -h inet_interfaces inet_protocols | tr '\n' ' ')" ]; then
    postfix stop && postfix start
  else
    postfix reload
  fi
else
  postfix start
fi

# --- Wait until both answer ----------------------------------------------------------------------
answers() { # host port expected-greeting-prefix: the server's first line, read through bash's /dev/tcp
  local line
  line=$(timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1" && IFS= read -r line <&3 && printf %s "$line"' "$1" "$2" 2>/dev/null) ||
    return 1
  [[ $line == "$3"* ]]
}
for _ in $(seq 1 60); do
  answers 127.0.0.1 25 220 && answers 127.0.0.1 143 '* OK' && break
  sleep 0.5
done
answers 127.0.0.1 25 220 || { echo "Postfix does not answer SMTP on 127.0.0.1:25 (see /var/log/postfix.log)" >&2; exit 1; }
answers 127.0.0.1 143 '* OK' || { echo "Dovecot does not answer IMAP on 127.0.0.1:143 (see /var/log/dovecot.log)" >&2; exit 1; }
echo "Mail servers up: SMTP smtp://127.0.0.1:25 (Postfix), IMAP imap://127.0.0.1:143 (Dovecot), domain $DOMAIN"

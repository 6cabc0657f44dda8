import Foundation

extension SendmailInstance {
    /// Files the namespace mounts over fixed paths that Sendmail and Cyrus SASL read before (or without) looking at
    /// `sendmail.cf`:
    /// - the host name: Sendmail sleeps 60 s at start when the machine's name has no dot, so the namespace is named
    ///   ``hostName`` and a private `/etc/hosts` resolves it;
    /// - `/etc/resolv.conf` pointing at 127.0.0.1, so that no lookup leaves the machine;
    /// - the SASL config directory (`Sendmail.conf`, see `writeSASL`);
    /// - `/dev/log` hidden behind /dev/null, so that test runs stay out of the system's mail log.
    func writeNamespaceFiles() throws {
        try root.write("etc/hosts", "127.0.0.1 \(Self.hostName) localhost\n::1 \(Self.hostName) localhost\n")
        try root.write("etc/resolv.conf", "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n")
        try root.write("etc/service.switch", "hosts files\naliases files\n")
        try root.write(
            "namespace.sh",
            """
            #!/bin/sh
            # Runs "$@" in the private mount and UTS namespaces unshare made: mounts here are seen by nothing else.
            set -e
            mount --bind \(root.path)/etc/hosts /etc/hosts
            if [ -e /etc/resolv.conf ]; then mount --bind \(root.path)/etc/resolv.conf /etc/resolv.conf; fi
            # Cyrus SASL's config path (libsasl2-2 ships /usr/lib/sasl2; the others exist only if an admin made them).
            for dir in /etc/sasl2 /etc/sasl /usr/lib/sasl2; do
                if [ -d "$dir" ]; then mount --bind \(root.path)/sasl "$dir"; fi
            done
            if [ -e /dev/log ]; then mount --bind /dev/null /dev/log; fi
            hostname \(Self.hostName)
            exec "$@"

            """, mode: 0o755)
    }

    /// `command` run through the namespace script; the caller puts `unshare` in front.
    func namespaceCommand(_ command: [String]) -> [String] {
        [root.path + "/namespace.sh"] + command
    }
}

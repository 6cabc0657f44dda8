import Milter

/// What `notifyguard --version` prints: the release, the git commit it was built from and the libmilter it runs with.
enum Version {
    /// The release number; raise it when tagging a release.
    static let number = "0.1.0"

    /// `buildCommit` comes from the EmbedBuildInfo plugin ("unknown" when built outside a git checkout).
    static var text: String {
        "notifyguard \(number) (commit \(buildCommit)), libmilter \(Milter.libraryVersion)"
    }
}

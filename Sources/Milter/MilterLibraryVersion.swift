import CMilter

extension Milter {
    /// The version of the libmilter the process runs against (`smfi_version`), as `MAJOR.MINOR.PATCH`: the shared
    /// library loaded at run time, which may differ from the headers the binary was built with.
    public static var libraryVersion: String {
        var major: UInt32 = 0
        var minor: UInt32 = 0
        var patch: UInt32 = 0
        guard smfi_version(&major, &minor, &patch) == MI_SUCCESS else { return "unknown" }
        return "\(major).\(minor).\(patch)"
    }
}

/// The largest values the config accepts. Every number the daemon derives from the config stays far from overflow
/// (a score is a sum of at most a few hundred bounded weights), and a config file costs bounded time and memory.
public enum ConfigBounds {
    /// A rule's weight, either sign (`rules:`).
    public static let weight = 100.0
    /// Any other real number: thresholds.
    public static let number = 1_000_000.0
    /// Any integer: limits, skeleton sizes.
    public static let integer = 1 << 30
    /// `milter.timeout`, in seconds.
    public static let timeoutSeconds = 3600
    /// Bytes read from a config or skeleton file: the shipped config is 24 kB.
    public static let fileBytes = 4 << 20
    /// YAML nodes a file may stand for once its aliases are expanded.
    public static let yamlNodes = 500_000
    /// Collections nested in one another.
    public static let yamlDepth = 64
}

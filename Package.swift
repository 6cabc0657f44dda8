// swift-tools-version:6.2
import PackageDescription

/// Settings every Swift target shares: Swift 6 mode and the upcoming features we opt into early.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "notifyguard",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "notifyguard", targets: ["notifyguard"]),
        .executable(name: "notifyguard-fuzz", targets: ["NotifyGuardFuzz"]),
        .executable(name: "notifyguard-bench", targets: ["NotifyGuardBench"]),
        .executable(name: "notifyguard-e2e-bench", targets: ["NotifyGuardE2EBench"]),
        .executable(name: "notifyguard-noop-milter", targets: ["NoopMilter"]),
        .executable(name: "notifyguard-faults", targets: ["NotifyGuardFaults"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // libmilter, the only C in the package.
        .systemLibrary(
            name: "CMilter",
            pkgConfig: "milter",
            providers: [.apt(["libmilter-dev"])]
        ),
        // Swift binding of libmilter: the only module that imports CMilter.
        .target(name: "Milter", dependencies: ["CMilter"], swiftSettings: swiftSettings),
        // MIME parsing, link extraction, rules and verdicts; no libmilter, no I/O beyond reading data files.
        .target(name: "NotifyGuardCore", swiftSettings: swiftSettings),
        // The YAML config file: parse, validate, report errors with line numbers.
        .target(
            name: "NotifyGuardConfig",
            dependencies: ["NotifyGuardCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings,
            plugins: ["EmbedDefaultConfig"]
        ),
        // OpenSSL's libcrypto, for the campaign store's SHA-256 keys.
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // Campaign memory: where fingerprints are counted (an embedded store, or Redis shared by several MX hosts).
        .target(
            name: "NotifyGuardCampaign",
            dependencies: [
                "NotifyGuardCore", "NotifyGuardConfig", "CLibCrypto", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The daemon: milter sessions feeding the core, actions, syslog verdict lines, reload.
        .target(
            name: "NotifyGuardDaemon",
            dependencies: [
                "Milter", "NotifyGuardCore", "NotifyGuardConfig", "NotifyGuardCampaign",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // Prometheus text format on a 127.0.0.1 HTTP endpoint for the daemon's swift-metrics counters.
        .target(
            name: "NotifyGuardMetrics",
            dependencies: [
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "notifyguard",
            dependencies: [
                "NotifyGuardDaemon", "NotifyGuardCore", "NotifyGuardConfig", "NotifyGuardMetrics", "NotifyGuardCampaign",
                "Milter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["EmbedBuildInfo"]
        ),
        // libFuzzer entry point for the parser; see README "Fuzzing".
        .executableTarget(
            name: "NotifyGuardFuzz",
            dependencies: ["NotifyGuardCore", "NotifyGuardConfig", "CFuzzerDriver"],
            swiftSettings: swiftSettings
        ),
        .target(name: "CFuzzerDriver"),
        // Core throughput benchmark (see README "Benchmarks").
        .executableTarget(
            name: "NotifyGuardBench",
            dependencies: ["NotifyGuardCore", "NotifyGuardConfig", "CAllocationCounter"],
            swiftSettings: swiftSettings
        ),
        // Counts malloc calls by interposing the allocator: for notifyguard-bench only, never linked into notifyguard.
        .target(name: "CAllocationCounter"),
        // A private Postfix, an SMTP client and the notifyguard process: shared by the end-to-end tests and benchmark.
        .target(name: "MailHarness", swiftSettings: swiftSettings),
        // Postfix alone, with a no-op milter and with notifyguard, measured in one run (see README "Benchmarks").
        .executableTarget(
            name: "NotifyGuardE2EBench",
            dependencies: [
                "MailHarness", "NotifyGuardConfig", "NotifyGuardCampaign", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The fault suite: scenarios of issue 14 through a private Postfix, counting lost mail (docs/faults.md).
        .executableTarget(
            name: "NotifyGuardFaults",
            dependencies: ["MailHarness", "NotifyGuardConfig"],
            swiftSettings: swiftSettings
        ),
        // The floor of the milter protocol for NotifyGuardE2EBench: a C libmilter filter that continues on everything.
        .executableTarget(name: "NoopMilter", dependencies: ["CMilter"]),
        // Turns config/notifyguard.yaml into Swift source so the binary carries its defaults.
        .plugin(name: "EmbedDefaultConfig", capability: .buildTool()),
        // Writes the git commit the binary is built from (or "unknown" outside a git checkout) for --version.
        .plugin(name: "EmbedBuildInfo", capability: .buildTool()),
        .testTarget(
            name: "NotifyGuardCoreTests",
            dependencies: ["NotifyGuardCore", "NotifyGuardConfig"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyGuardConfigTests",
            dependencies: ["NotifyGuardConfig", "NotifyGuardCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyGuardCampaignTests",
            dependencies: [
                "NotifyGuardCampaign", "NotifyGuardCore", "NotifyGuardConfig", "MailHarness",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "MilterTests", dependencies: ["Milter"], swiftSettings: swiftSettings),
        .testTarget(
            name: "NotifyGuardDaemonTests",
            dependencies: [
                "NotifyGuardDaemon", "NotifyGuardConfig", "NotifyGuardCore",
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            resources: [.copy("Mail")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NotifyGuardMetricsTests",
            dependencies: [
                "NotifyGuardMetrics", "NotifyGuardDaemon", "MailHarness",
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "notifyguard", "NotifyGuardDaemon", "NotifyGuardCore", "NotifyGuardConfig", "MailHarness",
                "NotifyGuardE2EBench", "NoopMilter", "NotifyGuardFaults",
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Mail")],
            swiftSettings: swiftSettings
        ),
    ]
)

import Foundation

// Usage: EmbedConfigTool INPUT.yaml OUTPUT.swift
// Writes the file's bytes as a Swift array literal (no escaping pitfalls) plus its path for error messages.
let arguments = CommandLine.arguments
guard arguments.count == 3, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: EmbedConfigTool INPUT OUTPUT\n".utf8))
    exit(2)
}
var source = "// Generated from config/notifyguard.yaml by the EmbedDefaultConfig plugin. Do not edit.\n"
source += "let embeddedDefaultConfigBytes: [UInt8] = [\n"
var line = "   "
for byte in data {
    line += " \(byte),"
    if line.count > 110 {
        source += line + "\n"
        line = "   "
    }
}
source += line + "\n]\n"
do {
    try source.write(toFile: arguments[2], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("EmbedConfigTool: \(error)\n".utf8))
    exit(1)
}

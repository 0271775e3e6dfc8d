/// Name and version of the tool, shown by `--version` and written into outputs.
package enum PartnermapInfo {
    package static let version = "0.1.0"
}

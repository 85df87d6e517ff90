/// Terminal styling for text output: ANSI colours when enabled, nothing otherwise.
public struct TextStyle: Sendable {
    /// Whether to emit ANSI escape sequences.
    public var colors: Bool

    /// Creates a style.
    public init(colors: Bool) {
        self.colors = colors
    }

    /// No colours.
    public static let plain = TextStyle(colors: false)

    /// Bold text.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dim text.
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Green text.
    public func green(_ text: String) -> String { wrap(text, "32") }
    /// Yellow text.
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    /// Red text.
    public func red(_ text: String) -> String { wrap(text, "31") }

    private func wrap(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// A table of text columns, padded to align; styling is applied after padding so escapes do not skew widths.
struct TextTable {
    var rows: [[String]] = []

    mutating func add(_ row: [String]) { rows.append(row) }

    func render(indent: String = "", style: (Int, Int, String) -> String = { _, _, cell in cell }) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return rows.enumerated().map { rowIndex, row in
            let cells = row.enumerated().map { index, cell -> String in
                let padded = index == row.count - 1 ? cell : cell.padding(to: widths[index])
                return style(rowIndex, index, padded)
            }
            return indent + cells.joined(separator: "  ")
        }
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

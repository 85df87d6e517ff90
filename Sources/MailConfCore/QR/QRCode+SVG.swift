extension QRCode {
    /// The code as a self-contained SVG: one path of dark modules, a four-module quiet zone, `pixels` wide.
    public func svg(pixels: Int = 200, title: String) -> String {
        let side = size + 8
        var path = ""
        for y in 0..<size {
            for x in 0..<size where isDark(x: x, y: y) { path += "M\(x + 4) \(y + 4)h1v1h-1z" }
        }
        let escapedTitle = XMLWriter.escape(title, inAttribute: true)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(pixels)\" "
            + "height=\"\(pixels)\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"\(escapedTitle)\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path d=\"\(path)\" fill=\"#000\"/></svg>"
    }

    /// The code as a binary PGM image (`scale` pixels per module, quiet zone included), for decoders in tests.
    public func pgm(scale: Int = 4) -> [UInt8] {
        let side = (size + 8) * scale
        var bytes = Array("P5\n\(side) \(side)\n255\n".utf8)
        for row in 0..<side {
            for column in 0..<side {
                bytes.append(isDark(x: column / scale - 4, y: row / scale - 4) ? 0 : 255)
            }
        }
        return bytes
    }
}

extension Collection where Element: Sendable {
    /// `transform` applied to every element, at most `limit` at a time, results in the collection's order. One code
    /// path for every width: a limit of 1 runs the elements one after another.
    public func concurrentMap<T: Sendable>(
        limit: Int,
        _ transform: @escaping @Sendable (Element) async -> T
    ) async -> [T] {
        let items = Array(self)
        guard !items.isEmpty else { return [] }
        return await withTaskGroup(of: (Int, T).self) { group in
            var results = [T?](repeating: nil, count: items.count)
            var next = 0
            for _ in 0..<Swift.min(Swift.max(1, limit), items.count) {
                let index = next
                group.addTask { (index, await transform(items[index])) }
                next += 1
            }
            while let (index, value) = await group.next() {
                results[index] = value
                if next < items.count {
                    let index = next
                    group.addTask { (index, await transform(items[index])) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }
}

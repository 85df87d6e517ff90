import NIOConcurrencyHelpers

/// A bounded least-recently-used cache whose entries expire.
final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var value: Value
        var expires: ContinuousClock.Instant
        var stamp: UInt64
    }

    private struct Storage {
        var entries: [Key: Entry] = [:]
        var clock: UInt64 = 0
    }

    private let capacity: Int
    private let storage = NIOLockedValueBox(Storage())

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value for `key` if present and not expired.
    func value(for key: Key, now: ContinuousClock.Instant = .now) -> Value? {
        storage.withLockedValue { storage in
            guard var entry = storage.entries[key] else { return nil }
            guard entry.expires > now else {
                storage.entries[key] = nil
                return nil
            }
            storage.clock &+= 1
            entry.stamp = storage.clock
            storage.entries[key] = entry
            return entry.value
        }
    }

    /// Stores `value` until `expires`, evicting the least recently used eighth when full.
    func set(_ value: Value, for key: Key, expires: ContinuousClock.Instant) {
        storage.withLockedValue { storage in
            storage.clock &+= 1
            if storage.entries[key] == nil && storage.entries.count >= capacity {
                let victims = storage.entries.sorted { $0.value.stamp < $1.value.stamp }.prefix(max(1, capacity / 8))
                for (victim, _) in victims { storage.entries[victim] = nil }
            }
            storage.entries[key] = Entry(value: value, expires: expires, stamp: storage.clock)
        }
    }

    /// How many entries are held.
    var count: Int { storage.withLockedValue { $0.entries.count } }
}

import Synchronization

/// A bounded least-recently-used cache whose entries expire.
public final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// A class, so that a hit updates its recency without rewriting (and rehashing) the dictionary entry.
    /// Only touched while `storage`'s lock is held, hence the unchecked conformance.
    private final class Entry: @unchecked Sendable {
        let value: Value
        let expires: ContinuousClock.Instant
        var stamp: UInt64

        init(value: Value, expires: ContinuousClock.Instant, stamp: UInt64) {
            self.value = value
            self.expires = expires
            self.stamp = stamp
        }
    }

    private struct Storage {
        var entries: [Key: Entry] = [:]
        var clock: UInt64 = 0
    }

    private let capacity: Int
    private let storage = Mutex(Storage())

    /// A cache holding at most `capacity` entries.
    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value for `key` if present and not expired.
    public func value(for key: Key, now: ContinuousClock.Instant = .now) -> Value? {
        guard let found = lookup(key, now: now, acceptingStale: .zero), !found.isStale else { return nil }
        return found.value
    }

    /// The value for `key`, also when it expired no longer than `stale` ago (then `isStale` is true); entries
    /// expired longer ago are dropped.
    public func lookup(
        _ key: Key,
        now: ContinuousClock.Instant = .now,
        acceptingStale stale: Duration
    ) -> (value: Value, isStale: Bool)? {
        storage.withLock { storage in
            guard let entry = storage.entries[key] else { return nil }
            let isStale = entry.expires <= now
            guard !isStale || now < entry.expires.advanced(by: stale) else {
                storage.entries[key] = nil
                return nil
            }
            storage.clock &+= 1
            entry.stamp = storage.clock
            return (entry.value, isStale)
        }
    }

    /// Stores `value` until `expires`, evicting the least recently used eighth when full.
    public func set(_ value: Value, for key: Key, expires: ContinuousClock.Instant) {
        storage.withLock { storage in
            storage.clock &+= 1
            if storage.entries[key] == nil && storage.entries.count >= capacity {
                let victims = storage.entries.sorted { $0.value.stamp < $1.value.stamp }.prefix(max(1, capacity / 8))
                for (victim, _) in victims { storage.entries[victim] = nil }
            }
            storage.entries[key] = Entry(value: value, expires: expires, stamp: storage.clock)
        }
    }

    /// Drops every entry.
    public func removeAll() {
        storage.withLock { $0.entries.removeAll() }
    }

    /// How many entries are held.
    public var count: Int { storage.withLock { $0.entries.count } }
}

-- wrk script for Scripts/load: one cached document; counts status codes and prints p50/p99 like mixed.lua.
local threads = {}
statuses = {}

function setup(thread)
    table.insert(threads, thread)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
    end
    local parts = {}
    for status, count in pairs(total) do
        table.insert(parts, status .. "=" .. count)
    end
    table.sort(parts)
    io.write("statuses " .. table.concat(parts, " ") .. "\n")
    io.write(string.format("p50_ms %.2f\np99_ms %.2f\nerrors_socket %d\n", latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.timeout))
    local e = summary.errors
    io.write(string.format("errors_kinds connect=%d read=%d write=%d timeout=%d\n", e.connect, e.read, e.write,
        e.timeout))
end

-- Shared by the wrk scripts of Scripts/load: numbers each thread, counts status codes per thread, and prints
-- the lines Scripts/load reads (statuses, p50_ms, p99_ms, errors_socket, errors_kinds).
local threads = {}
statuses = {}

function setup(thread)
    thread:set("id", #threads + 1)
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
    local e = summary.errors
    io.write("statuses " .. table.concat(parts, " ") .. "\n")
    io.write(string.format("p50_ms %.2f\np99_ms %.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
    io.write(string.format("errors_socket %d\n", e.connect + e.read + e.write + e.timeout))
    io.write(string.format("errors_kinds connect=%d read=%d write=%d timeout=%d\n", e.connect, e.read, e.write,
        e.timeout))
end

-- wrk script for Scripts/load: a mix of cached and uncached resolve-mode lookups.
-- Of every 20 requests: 1 asks for a domain nobody asked for before (a new discovery against the dnsmasq
-- fixture, which answers NXDOMAIN for it), 3 for fixture domains resolved once and cached since, 16 for
-- bundled providers. Status codes are counted per thread and summed in done().
local threads = {}
local counter = 0
local id = 0
-- Each wrk run of Scripts/load names its new domains apart (r1n…, r2n…), so every round's are new too.
local run = os.getenv("MAILCONF_LOAD_RUN") or "0"
statuses = {}
local cached = {"srvonly.test", "dotsrv.test", "srvonly.test"}
local bundled = {"gmail.com", "yandex.com.tr", "gmx.de", "outlook.com", "t-online.de", "web.de", "mail.ru",
                 "yahoo.com"}

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    id = wrk.thread:get("id")
end

function request()
    counter = counter + 1
    local slot = counter % 20
    local domain
    if slot == 0 then
        domain = "r" .. run .. "n" .. id .. "x" .. counter .. ".load.test"
    elseif slot <= 3 then
        domain = cached[slot]
    else
        domain = bundled[(counter % #bundled) + 1]
    end
    return wrk.format("GET", "/mail/config-v1.1.xml?emailaddress=user%40" .. domain)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        local counts = thread:get("statuses")
        for status, count in pairs(counts) do
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

-- wrk script for Scripts/load: a mix of cached and uncached resolve-mode lookups.
-- Of every 20 requests: 1 asks for a domain nobody asked for before (a new discovery against the dnsmasq
-- fixture, which answers NXDOMAIN for it), 3 for fixture domains resolved once and cached since, 16 for
-- bundled providers. Status codes and the report: report.lua.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
local counter = 0
local id = 0
-- Each wrk run of Scripts/load names its new domains apart (r1n…, r2n…), so every round's are new too.
local run = os.getenv("MAILCONF_LOAD_RUN") or "0"
local cached = {"srvonly.test", "dotsrv.test", "srvonly.test"}
local bundled = {"gmail.com", "yandex.com.tr", "gmx.de", "outlook.com", "t-online.de", "web.de", "mail.ru",
                 "yahoo.com"}

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

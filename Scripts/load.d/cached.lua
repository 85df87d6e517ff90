-- wrk script for Scripts/load: one cached document (the URL on wrk's command line); reporting in report.lua.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")

-- wrk script for every PosVendas benchmark scenario: it rotates through a request file written by
-- `PosVendas.Benchmarks.Dataset tokens` (or benchmarks/run.sh), one request per line:
--
--   METHOD <TAB> PATH <TAB> BODY (or "-") <TAB> Header: value <TAB> Header: value ...
--
-- Usage: wrk -t2 -c16 -d20s --latency -s requests.lua http://127.0.0.1:PORT -- FILE threads=2 [rate=N]
--
--   threads  must equal wrk's -t: each thread takes its own share of the lines (line i goes to thread i % threads),
--            so two connections never send the same reply at once (the API would answer 409 to the second).
--   rate     optional: total requests per second across all threads. Requests are then paced with delay() on a
--            per-thread schedule (Debian's wrk has no -R). A slot missed because every connection was busy is not
--            made up later, so an overloaded server shows as a lower achieved rate, not as a burst.
--
-- At the end it prints one machine-readable line for benchmarks/run.sh:
--   RESULT requests=<n> duration_s=<s> rps=<n> p50_ms=<ms> p90_ms=<ms> p99_ms=<ms> max_ms=<ms> errors=<n> non2xx=<n>

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } posvendas_timespec;
  int clock_gettime(int clock_id, posvendas_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("posvendas_timespec")

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local function split(line, separator)
  local fields = {}
  local start = 1
  while true do
    local at = string.find(line, separator, start, true)
    if not at then
      table.insert(fields, string.sub(line, start))
      return fields
    end
    table.insert(fields, string.sub(line, start, at - 1))
    start = at + 1
  end
end

-- Runs in the main Lua state once per thread, before that thread's init().
local next_thread_id = 0
function setup(thread)
  thread:set("thread_id", next_thread_id)
  next_thread_id = next_thread_id + 1
end

local requests = {}
local position = 0
local interval_ms = nil
local next_slot = 0

-- Installed as the global delay() only with a rate: wrk looks for delay() once, after the first thread's init(),
-- and without it sends each request as soon as the connection has its answer.
local function paced_delay()
  local now = now_ms()
  if next_slot < now then
    next_slot = now
  end
  local wait = next_slot - now
  next_slot = next_slot + interval_ms
  return math.floor(wait)
end

function init(args)
  local file = args[1]
  if not file then
    error("usage: wrk ... -s requests.lua URL -- FILE threads=N [rate=N]")
  end
  local options = { threads = 1 }
  for i = 2, #args do
    local key, value = string.match(args[i], "^(%w+)=(.+)$")
    if key then
      options[key] = tonumber(value)
    end
  end

  local lines = {}
  for line in io.lines(file) do
    if line ~= "" then
      table.insert(lines, line)
    end
  end
  if #lines == 0 then
    error("no requests in " .. file)
  end

  local id = thread_id or 0
  local all = {}
  for i, line in ipairs(lines) do
    local fields = split(line, "\t")
    local headers = {}
    for h = 4, #fields do
      local name, value = string.match(fields[h], "^([^:]+):%s*(.*)$")
      if name then
        headers[name] = value
      end
    end
    local body = fields[3]
    if body == "-" then
      body = nil
    end
    local request = wrk.format(fields[1], fields[2], headers, body)
    table.insert(all, request)
    if (i - 1) % options.threads == id then
      table.insert(requests, request)
    end
  end
  if #requests == 0 then
    requests = all
  end
  position = (id * 7) % #requests

  if options.rate and options.rate > 0 then
    interval_ms = 1000 * options.threads / options.rate
    next_slot = now_ms()
    delay = paced_delay
  end
end

function request()
  position = position % #requests + 1
  return requests[position]
end

function done(summary, latency, _)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end

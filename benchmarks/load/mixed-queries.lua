-- wrk script: rotates through search queries in the five languages, so the run measures the
-- engine on varied work rather than one repeated query.
local queries = {
  "agents", "RLVR", "vibe coding", "Claude Code", "jagged intelligence", "Nano Banana",
  "agentes", "aprendizaje por refuerzo", "programación", "codificação", "recompensas",
  "智能体", "氛围编程", "强化学习",
  "redeneren", "taalmodellen", "benchmarks",
}

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local i = 0

request = function()
  i = (i % #queries) + 1
  return wrk.format("GET", "/api/search?q=" .. encode(queries[i]))
end

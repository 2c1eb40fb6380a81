// docs/trace-format.md against what the core emits: the field tables of the
// document are read and every snapshot, event and dis entry of the golden
// programs (tests/golden/*.py) is checked against them, both ways (no field
// undocumented, no required field missing, every documented field seen). Then
// the output is compared with the golden files next to the programs; run with
// YS_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "api/session.h"
#include "json_value.h"

using ys::test::Json;
using ys::test::parse_json;

namespace {

const std::string kRoot = std::string(YS_TEST_DATA_DIR) + "/../..";

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

struct Row {
    std::string field;
    std::set<std::string> kinds;  // empty: every kind ("all", or a table without kinds)
    bool always = false;
};

// The tables after each "<!-- fields: NAME -->" marker.
std::map<std::string, std::vector<Row>> read_schema(const std::string& doc) {
    std::map<std::string, std::vector<Row>> schema;
    std::istringstream lines(doc);
    std::string line, table;
    bool has_kinds = false;
    while (std::getline(lines, line)) {
        if (line.rfind("<!-- fields: ", 0) == 0) {
            table = line.substr(13, line.find(" -->") - 13);
            schema[table];
            continue;
        }
        if (table.empty()) continue;
        if (line.rfind("| field |", 0) == 0) {
            has_kinds = line.find("| kinds |") != std::string::npos;
            continue;
        }
        if (line.rfind("|---", 0) == 0) continue;
        if (line.rfind("| `", 0) != 0) {
            if (!line.empty() && line[0] != '|') table.clear();
            continue;
        }
        std::vector<std::string> cells;
        std::string cell;
        std::istringstream parts(line.substr(1));
        while (std::getline(parts, cell, '|')) {
            size_t a = cell.find_first_not_of(' '), b = cell.find_last_not_of(' ');
            cells.push_back(a == std::string::npos ? "" : cell.substr(a, b - a + 1));
        }
        REQUIRE(cells.size() >= 4);
        Row row;
        row.field = cells[0].substr(1, cells[0].size() - 2);
        if (has_kinds && cells[1] != "all") {
            std::istringstream kinds(cells[1]);
            std::string k;
            while (kinds >> k) row.kinds.insert(k);
        }
        row.always = cells[2] == "always";
        schema[table].push_back(row);
    }
    return schema;
}

class Checker {
public:
    explicit Checker(std::map<std::string, std::vector<Row>> schema) : schema_(std::move(schema)) {}

    void check(const std::string& table, const Json& obj, const std::string& kind = "") {
        REQUIRE(schema_.count(table));
        REQUIRE(obj.type == Json::Type::Object);
        const auto& rows = schema_.at(table);
        auto applies = [&](const Row& r) { return r.kinds.empty() || r.kinds.count(kind); };
        for (const auto& key : obj.keys()) {
            bool documented = false;
            for (const auto& r : rows) documented = documented || (r.field == key && applies(r));
            INFO("table " << table << ", kind '" << kind << "': field '" << key << "'");
            CHECK(documented);
            seen_.insert(table + "." + key);
        }
        for (const auto& r : rows) {
            if (!r.always || !applies(r)) continue;
            INFO("table " << table << ", kind '" << kind << "': required field '" << r.field << "'");
            CHECK(obj.has(r.field));
        }
    }

    void snapshot(const Json& s) {
        check("snapshot", s);
        if (!s["instruction"].is_null()) check("instruction", s["instruction"]);
        for (const auto& f : s["frames"].items) frame(f);
        for (const auto& f : s["suspended"].items) frame(f);
        if (!s["exception"].is_null()) {
            check("exception", s["exception"]);
            for (const auto& t : s["exception"]["traceback"].items) check("traceback entry", t);
        }
        check("output", s["output"]);
        if (!s["loop"].is_null()) {
            check("loop", s["loop"]);
            for (const auto& h : s["loop"]["ready"].items) check("loop handle", h, h["kind"].s);
            for (const auto& h : s["loop"]["timers"].items) check("loop handle", h, h["kind"].s);
        }
        for (const auto& [id, o] : s["objects"].members) check("object", o, o["kind"].s);
        for (const auto& e : s["events"].items) event(e);
        if (!s["event"].is_null()) event(s["event"]);
    }

    void frame(const Json& f) { check("frame", f); }
    void event(const Json& e) { check("event", e, e["kind"].s); }

    void dis(const Json& d) {
        CHECK(d["version"].integer() == 1);
        for (const auto& c : d["codes"].items) {
            check("code", c);
            for (const auto& i : c["instructions"].items) check("dis instruction", i);
            for (const auto& h : c["exceptionTable"].items) check("handler", h);
        }
    }

    // Documented fields that no output had.
    std::vector<std::string> unseen() const {
        std::vector<std::string> out;
        for (const auto& [table, rows] : schema_)
            for (const auto& r : rows)
                if (!seen_.count(table + "." + r.field)) out.push_back(table + "." + r.field);
        return out;
    }

private:
    std::map<std::string, std::vector<Row>> schema_;
    std::set<std::string> seen_;
};

const char* const kPrograms[] = {"generators", "coroutines", "objects", "tasks"};

// Steps worth keeping as golden snapshots: those with a notable event, and the last.
std::vector<uint64_t> golden_steps(const Json& events, uint64_t steps) {
    std::set<uint64_t> chosen;
    for (const auto& e : events.items) {
        const std::string& k = e["kind"].s;
        if (k == "yield" || k == "resume" || k == "unwind" || k == "gen_finalize" || k == "handled")
            chosen.insert(static_cast<uint64_t>(e["step"].integer()));
        if (chosen.size() >= 12) break;
    }
    chosen.insert(steps - 1);
    return {chosen.begin(), chosen.end()};
}

}  // namespace

TEST_CASE("docs/trace-format.md describes every field the core emits", "[trace][golden]") {
    auto schema = read_schema(read_text(kRoot + "/docs/trace-format.md"));
    for (const char* t : {"snapshot", "instruction", "frame", "exception", "traceback entry", "output", "object",
                          "event", "code", "dis instruction", "handler", "loop", "loop handle"}) {
        INFO("table " << t);
        REQUIRE(schema.count(t));
        CHECK(!schema[t].empty());
    }
    Checker checker(schema);
    for (const char* name : kPrograms) {
        std::string source = read_text(kRoot + "/tests/golden/" + name + ".py");
        REQUIRE(!source.empty());
        ys::api::Session s;
        REQUIRE(s.load(source, std::string(name) + ".py").ok);
        checker.dis(parse_json(s.dis_json()));
        checker.snapshot(parse_json(s.snapshot()));  // before it ran
        s.run();
        uint64_t n = s.step_count();
        // Every step of the small programs; some spread over a long one.
        uint64_t stride = n / 150 + 1;
        for (uint64_t k = 0; k < n; k += stride) {
            s.seek(k);
            INFO(name << " step " << k);
            checker.snapshot(parse_json(s.snapshot()));
        }
        for (const auto& e : parse_json(s.events_json(0, UINT64_MAX)).items) checker.event(e);
    }
    // Every documented field shows up somewhere (else the document promises too much).
    std::vector<std::string> unseen = checker.unseen();
    INFO("documented but never emitted: " << [&] {
        std::string all;
        for (const auto& f : unseen) all += f + " ";
        return all;
    }());
    CHECK(unseen.empty());
}

TEST_CASE("the golden programs give the golden events, snapshots and dis", "[trace][golden]") {
    bool update = std::getenv("YS_UPDATE_GOLDEN") != nullptr;
    // Not the asyncio program: its events follow the library's Python code line by
    // line, which changes too often for a golden file; the test above checks its form.
    for (const char* name : {"generators", "coroutines", "objects"}) {
        std::string base = kRoot + "/tests/golden/" + name;
        ys::api::Session s;
        REQUIRE(s.load(read_text(base + ".py"), std::string(name) + ".py").ok);
        s.run();
        std::string events = s.events_json(0, UINT64_MAX);
        std::string snapshots;
        for (uint64_t k : golden_steps(parse_json(events), s.step_count())) {
            s.seek(k);
            snapshots += s.snapshot() + "\n";
        }
        std::string dis = s.dis_json();
        const std::pair<std::string, std::string> files[] = {
            {base + ".events.json", events + "\n"},
            {base + ".snapshots.jsonl", snapshots},
            {base + ".dis.json", dis + "\n"},
        };
        for (const auto& [path, text] : files) {
            if (update) {
                std::ofstream(path, std::ios::binary) << text;
                continue;
            }
            INFO(path << " (YS_UPDATE_GOLDEN=1 rewrites it)");
            CHECK(read_text(path) == text);
        }
    }
}

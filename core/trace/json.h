// A small streaming JSON writer for the inspector's output (snapshots, event
// lists, dis listings). It only appends to a string: no tree, no allocation per
// value beyond the output itself, so building a snapshot stays cheap.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ys::trace {

class JsonWriter {
public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    // The next member's name (inside an object).
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(int64_t n);
    JsonWriter& value(uint64_t n);
    JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
    JsonWriter& value(uint32_t n) { return value(static_cast<uint64_t>(n)); }
    JsonWriter& value(double d);
    JsonWriter& value(bool b);
    JsonWriter& null();
    // Inserts already-encoded JSON as one value.
    JsonWriter& raw(std::string_view json);
    // Inserts already-encoded members ("a":1,"b":2) into the open object.
    JsonWriter& members(std::string_view json);

    // Shorthands for key(name).value(v).
    template <class T>
    JsonWriter& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }
    JsonWriter& null_field(std::string_view name) { return key(name).null(); }

    const std::string& str() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    void separate();
    std::string out_;
    std::vector<bool> first_;  // per open container: no member written yet
    bool after_key_ = false;
};

// Appends `text` (UTF-8) to `out` as a quoted JSON string.
void append_json_string(std::string& out, std::string_view text);

}  // namespace ys::trace

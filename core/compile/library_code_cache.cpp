#include "compile/library_code_cache.h"

#include <map>
#include <mutex>
#include <utility>

#include "util/memory.h"

namespace ys::compile {

CompileResult compile_library_source(std::string_view source, std::string_view filename) {
    // Sessions may run on several threads natively; in wasm the lock is free.
    static std::mutex lock;
    static std::map<std::pair<const char*, size_t>, std::shared_ptr<CodeUnit>> compiled;
    std::lock_guard<std::mutex> hold(lock);
    auto key = std::make_pair(source.data(), source.size());
    if (auto it = compiled.find(key); it != compiled.end()) return it->second;
    util::MemoryScope unbudgeted(nullptr);
    CompileResult result = compile_source(source, filename);
    if (auto* unit = std::get_if<std::shared_ptr<CodeUnit>>(&result)) compiled.emplace(key, *unit);
    return result;
}

}  // namespace ys::compile

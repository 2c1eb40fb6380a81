// Runs a program in a fresh Session, for tests that look only at what it printed.
#pragma once

#include <string>

#include "api/session.h"

namespace ys::testing {

// What `source` (as main.py) printed on stdout, under the error-line convention
// (an uncaught exception's last line goes to stdout too); with `with_stderr`,
// what it wrote on stderr follows.
inline std::string run_program(const std::string& source, bool with_stderr = false) {
    api::SessionOptions options;
    options.error_line_on_stdout = true;
    api::Session s(options);
    if (s.load(source, "main.py").ok) s.run();
    return with_stderr ? s.stdout_text() + s.stderr_text() : s.stdout_text();
}

}  // namespace ys::testing

// Module objects (Objects/moduleobject.c) and tracebacks (Python/traceback.c's
// PyTracebackObject): small holders the VM and runtime share.
#pragma once

#include "objects/object.h"

namespace ys::objects {

class DictObject;
class FrameObject;

class ModuleObject : public Object {
public:
    explicit ModuleObject(Ref<DictObject> dict);
    ~ModuleObject() override;
    void traverse(Visitor& v) override;
    Ref<DictObject> dict;
};

Ref<ModuleObject> new_module(const char* name);

// One entry per frame an exception passed through, innermost last (tb_next).
class TracebackObject : public Object {
public:
    TracebackObject(Ref<TracebackObject> next, Ref<FrameObject> frame, int lasti, int lineno);
    void traverse(Visitor& v) override;
    void clear_refs() override;
    Ref<TracebackObject> next;
    Ref<FrameObject> frame;
    int lasti;
    int lineno;
};

}  // namespace ys::objects

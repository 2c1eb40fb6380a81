// The time module on the session's virtual clock (see shared corpus README:
// time(), monotonic() and perf_counter() read it; sleep() advances it), plus
// the calendar functions of Modules/timemodule.c in the UTC zone the reference
// runs in: gmtime/localtime/mktime, struct_time, asctime/ctime and a strftime
// that formats glibc's C-locale directives itself.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

Val time_now(Value, CallArgs args) {
    if (!check_positional("time", args, 0, 0)) return nullptr;
    return virtual_clock_value();
}

Val time_now_ns(Value, CallArgs args) {
    if (!check_positional("time_ns", args, 0, 0)) return nullptr;
    return new_int(static_cast<int64_t>(std::nearbyint(cx().virtual_time * 1e9)));
}

Val time_sleep(Value, CallArgs args) {
    if (!check_positional("sleep", args, 1, 1)) return nullptr;
    double seconds;
    if (is_float(args[0])) {
        seconds = float_value(args[0]);
    } else if (is_int(args[0])) {
        seconds = static_cast<double>(to_bigint(args[0]));
    } else {
        return raise_type_error("'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
    }
    if (seconds < 0) return raise_value_error("sleep length must be non-negative");
    cx().virtual_time = cx().virtual_time + seconds;
    cx().virtual_time_is_int = cx().virtual_time_is_int && is_int(args[0]);
    return new_none();
}

// ---------------------------------------------------------------- calendar arithmetic

// C's struct tm with a full year: mon 0-11, wday 0 = Sunday, yday 0-based.
struct CalendarTime {
    int64_t year = 1970;
    int64_t mon = 0, mday = 1, hour = 0, min = 0, sec = 0, wday = 4, yday = 0, isdst = 0;
    Val zone;  // tm_zone, null when unknown
    int64_t gmtoff = 0;
};

const char* const kDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

int64_t floor_div64(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
bool is_leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = floor_div64(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int64_t* y, int64_t* m, int64_t* d) {
    z += 719468;
    int64_t era = floor_div64(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

// gmtime(): false with OSError when the year does not fit C's int.
bool breakdown(int64_t secs, const char* zone, CalendarTime* out) {
    int64_t days = floor_div64(secs, 86400);
    int64_t rem = secs - days * 86400;
    int64_t y, m, d;
    civil_from_days(days, &y, &m, &d);
    if (y - 1900 > INT32_MAX || y - 1900 < INT32_MIN) {
        raise(exc_types().os_error, "[Errno 75] Value too large for defined data type");
        return false;
    }
    out->year = y;
    out->mon = m - 1;
    out->mday = d;
    out->hour = rem / 3600;
    out->min = rem / 60 % 60;
    out->sec = rem % 60;
    out->wday = ((days % 7) + 11) % 7;  // 1970-01-01 was a Thursday
    out->yday = days - days_from_civil(y, 1, 1);
    out->isdst = 0;
    out->zone = new_str_val(zone);
    out->gmtoff = 0;
    return true;
}

// timegm() of possibly unnormalized fields (what mktime and %s compute in UTC).
int64_t seconds_of(const CalendarTime& t) {
    int64_t months = t.year * 12 + t.mon;
    int64_t year = floor_div64(months, 12);
    int64_t mon = months - year * 12;
    int64_t days = days_from_civil(year, mon + 1, 1) + t.mday - 1;
    return days * 86400 + t.hour * 3600 + t.min * 60 + t.sec;
}

// _PyTime_ObjectToTime_t with ROUND_FLOOR; None is the virtual clock's now.
bool seconds_argument(Value v, int64_t* out) {
    double d;
    if (!v || is_none(v)) {
        d = cx().virtual_time;
    } else if (is_float(v)) {
        d = float_value(v);
        if (std::isnan(d)) {
            raise_value_error("Invalid value NaN (not a number)");
            return false;
        }
    } else if (is_int(v)) {
        if (int_to_int64(v, out)) return true;
        raise_overflow("timestamp out of range for platform time_t");
        return false;
    } else {
        raise_type_error("'" + type_of(v)->name + "' object cannot be interpreted as an integer");
        return false;
    }
    d = std::floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
        raise_overflow("timestamp out of range for platform time_t");
        return false;
    }
    *out = static_cast<int64_t>(d);
    return true;
}

// ---------------------------------------------------------------- struct_time

// A tuple of the nine visible fields that also carries tm_zone and tm_gmtoff.
class StructTimeObject : public TupleObject {
public:
    StructTimeObject(TypeObject* t, std::vector<Val> items, Val z, Val off)
        : TupleObject(t, std::move(items)), zone(std::move(z)), gmtoff(std::move(off)) {}
    void traverse(Visitor& v) override {
        TupleObject::traverse(v);
        visit_val(v, zone);
        visit_val(v, gmtoff);
    }
    Val zone, gmtoff;  // None when made from a 9-sequence
};

const char* const kFieldNames[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                   "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};

TypeObject* struct_time_type();

Val struct_time_construct(Value, CallArgs args) {
    Value a[2];
    if (!unpack_arguments("structseq", args, {"sequence", "dict"}, 1, a)) return nullptr;
    std::vector<Val> items;
    if (!type_of(a[0])->iter && !type_of(a[0])->getitem) return raise_type_error("constructor requires a sequence");
    if (!collect_items(a[0], &items)) return nullptr;
    if (items.size() < 9)
        return raise_type_error("time.struct_time() takes an at least 9-sequence (" + std::to_string(items.size()) +
                                "-sequence given)");
    if (items.size() > 11)
        return raise_type_error("time.struct_time() takes an at most 11-sequence (" + std::to_string(items.size()) +
                                "-sequence given)");
    Val zone = items.size() > 9 ? items[9] : new_none();
    Val gmtoff = items.size() > 10 ? items[10] : new_none();
    items.resize(9);
    return make<StructTimeObject>(struct_time_type(), std::move(items), std::move(zone), std::move(gmtoff)).into_val();
}

Val struct_time_repr(Value v) {
    auto* t = static_cast<StructTimeObject*>(v.as_object());
    std::string s = "time.struct_time(";
    for (size_t i = 0; i < 9; ++i) {
        std::string r;
        if (!repr_text(t->items[i], &r)) return nullptr;
        s += std::string(i ? ", " : "") + kFieldNames[i] + "=" + r;
    }
    return new_str_val(s + ")");
}

Val struct_time_getattr(Value v, StrObject* name) {
    auto* t = static_cast<StructTimeObject*>(v.as_object());
    for (size_t i = 0; i < 9; ++i)
        if (name->view() == kFieldNames[i]) return t->items[i];
    if (name->view() == "tm_zone") return t->zone;
    if (name->view() == "tm_gmtoff") return t->gmtoff;
    if (name->view() == "__class__") return Val::borrow(type_of(v));
    if (name->view() == "n_fields") return new_int(11);
    if (name->view() == "n_sequence_fields") return new_int(9);
    Value found = type_of(v)->lookup(name);
    if (found && is_unbound_method(found)) {
        auto* m = static_cast<BuiltinFunctionObject*>(found.as_object());
        return new_builtin(m->name, m->fn, Val::borrow(v)).into_val();
    }
    if (found) return Val::borrow(found);
    return raise(exc_types().attribute_error, "'time.struct_time' object has no attribute '" + name->utf8() + "'");
}

TypeObject* struct_time_type() {
    static TypeObject* t = util::uncounted([] {
        auto* type = new TypeObject("struct_time", types().tuple);
        type->make_immortal();
        type->set_metatype(types().type);
        type->module = "time";
        type->construct = struct_time_construct;
        type->repr = struct_time_repr;
        type->str = struct_time_repr;
        type->getattr = struct_time_getattr;
        return type;
    });
    return t;
}

Val new_struct_time(const CalendarTime& c) {
    std::vector<Val> items = {new_int(c.year),          new_int(c.mon + 1), new_int(c.mday),
                              new_int(c.hour),          new_int(c.min),     new_int(c.sec),
                              new_int((c.wday + 6) % 7), new_int(c.yday + 1), new_int(c.isdst)};
    return make<StructTimeObject>(struct_time_type(), std::move(items), c.zone ? c.zone : new_none(), new_int(c.gmtoff))
        .into_val();
}

// gettmarg: a tuple or struct_time of nine ints, converted to C's conventions.
bool time_tuple(Value v, const char* fname, CalendarTime* out) {
    if (!is_tuple(v)) {
        raise_type_error("Tuple or struct_time argument required");
        return false;
    }
    const auto& items = as_tuple(v)->items;
    if (items.size() != 9) {
        raise_type_error(std::string(fname) + "(): illegal time tuple argument");
        return false;
    }
    int64_t f[9];
    for (int i = 0; i < 9; ++i)
        if (!index_argument(items[i], &f[i])) return false;
    out->year = f[0];
    out->mon = f[1] - 1;
    out->mday = f[2];
    out->hour = f[3];
    out->min = f[4];
    out->sec = f[5];
    out->wday = (f[6] + 1) % 7;  // C's % keeps the sign, as gettmarg's does
    out->yday = f[7] - 1;
    out->isdst = f[8];
    out->zone = nullptr;
    out->gmtoff = 0;
    if (type_of(v) == struct_time_type()) {
        auto* st = static_cast<StructTimeObject*>(v.as_object());
        if (!is_none(st->zone)) out->zone = st->zone;
        int64_t off;
        if (is_int(st->gmtoff) && int_to_int64(st->gmtoff, &off)) out->gmtoff = off;
    }
    return true;
}

// checktm: range checks before asctime and strftime (0 means "first" for mon, mday, yday).
bool check_fields(CalendarTime* t) {
    const char* error = nullptr;
    if (t->mon == -1) t->mon = 0;
    else if (t->mon < 0 || t->mon > 11) error = "month out of range";
    if (!error) {
        if (t->mday == 0) t->mday = 1;
        else if (t->mday < 0 || t->mday > 31) error = "day of month out of range";
    }
    if (!error && (t->hour < 0 || t->hour > 23)) error = "hour out of range";
    if (!error && (t->min < 0 || t->min > 59)) error = "minute out of range";
    if (!error && (t->sec < 0 || t->sec > 61)) error = "seconds out of range";
    if (!error && t->wday < 0) error = "day of week out of range";
    if (!error) {
        if (t->yday == -1) t->yday = 0;
        else if (t->yday < 0 || t->yday > 365) error = "day of year out of range";
    }
    if (error) raise_value_error(error);
    return !error;
}

// The calendar time of an optional struct_time argument, or of localtime() now.
bool time_or_now(Value v, const char* fname, CalendarTime* out) {
    if (v && !is_none(v)) return time_tuple(v, fname, out) && check_fields(out);
    int64_t secs;
    return seconds_argument(Value(), &secs) && breakdown(secs, "UTC", out);
}

// n right-aligned in `width` characters; '0' fills after the sign, ' ' before
// it, and no fill means no padding.
std::string pad_number(int64_t n, int width, char fill) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string sign = n < 0 ? "-" : "";
    int len = static_cast<int>(digits.size() + sign.size());
    if (!fill || len >= width) return sign + digits;
    std::string pad(width - len, fill);
    return fill == '0' ? sign + pad + digits : pad + sign + digits;
}

// C asctime: "Thu Jan  1 00:00:00 1970".
std::string format_asctime(const CalendarTime& t) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.3s %.3s%3d %.2d:%.2d:%.2d %lld", kDayNames[t.wday % 7], kMonthNames[t.mon % 12],
                  static_cast<int>(t.mday), static_cast<int>(t.hour), static_cast<int>(t.min), static_cast<int>(t.sec),
                  static_cast<long long>(t.year));
    return buf;
}

// glibc's iso_week_days: days since the Monday starting yday's ISO week 1.
int64_t iso_week_days(int64_t yday, int64_t wday) {
    const int64_t big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    return yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1;
}

void iso_week(const CalendarTime& t, int64_t* year, int64_t* week) {
    int64_t days = iso_week_days(t.yday, t.wday);
    *year = t.year;
    if (days < 0) {
        --*year;
        days = iso_week_days(t.yday + 365 + is_leap(t.year - 1), t.wday);
    } else {
        int64_t d = iso_week_days(t.yday - (365 + is_leap(t.year)), t.wday);
        if (d >= 0) {
            ++*year;
            days = d;
        }
    }
    *week = days / 7 + 1;
}

std::string format_time(std::string_view fmt, const CalendarTime& t);

// One conversion; false for a directive glibc does not know (copied verbatim).
bool format_directive(char c, const CalendarTime& t, char flag, int width, std::string* out) {
    auto number = [&](int64_t n, int digits, char fill) {
        if (flag == '-') fill = 0;
        else if (flag == '_') fill = ' ';
        else if (flag == '0') fill = '0';
        *out += pad_number(n, width > 0 ? width : digits, fill);
    };
    // '^' upper-cases; '#' swaps case: names go up, %p and %Z go down.
    auto text = [&](std::string s) {
        bool lower = flag == '#' && (c == 'p' || c == 'Z');
        if (flag == '^' || flag == '#')
            for (char& ch : s)
                ch = static_cast<char>(lower ? std::tolower(static_cast<unsigned char>(ch))
                                             : std::toupper(static_cast<unsigned char>(ch)));
        if (width > static_cast<int>(s.size())) s = std::string(width - s.size(), flag == '0' ? '0' : ' ') + s;
        *out += s;
    };
    int64_t hour12 = t.hour % 12 == 0 ? 12 : t.hour % 12;
    switch (c) {
        case 'a': text(std::string(kDayNames[t.wday % 7]).substr(0, 3)); break;
        case 'A': text(kDayNames[t.wday % 7]); break;
        case 'b':
        case 'h': text(std::string(kMonthNames[t.mon % 12]).substr(0, 3)); break;
        case 'B': text(kMonthNames[t.mon % 12]); break;
        case 'c': text(format_time("%a %b %e %H:%M:%S %Y", t)); break;
        case 'C': number(floor_div64(t.year, 100), 1, '0'); break;
        case 'd': number(t.mday, 2, '0'); break;
        case 'D': text(format_time("%m/%d/%y", t)); break;
        case 'e': number(t.mday, 2, ' '); break;
        case 'F': text(format_time("%Y-%m-%d", t)); break;
        case 'G':
        case 'g':
        case 'V': {
            int64_t year, week;
            iso_week(t, &year, &week);
            if (c == 'G') number(year, 1, '0');
            else if (c == 'g') number(((year % 100) + 100) % 100, 2, '0');
            else number(week, 2, '0');
            break;
        }
        case 'H': number(t.hour, 2, '0'); break;
        case 'I': number(hour12, 2, '0'); break;
        case 'j': number(t.yday + 1, 3, '0'); break;
        case 'k': number(t.hour, 2, ' '); break;
        case 'l': number(hour12, 2, ' '); break;
        case 'm': number(t.mon + 1, 2, '0'); break;
        case 'M': number(t.min, 2, '0'); break;
        case 'n': *out += '\n'; break;
        case 'p': text(t.hour < 12 ? "AM" : "PM"); break;
        case 'P': text(t.hour < 12 ? "am" : "pm"); break;
        case 'r': text(format_time("%I:%M:%S %p", t)); break;
        case 'R': text(format_time("%H:%M", t)); break;
        case 's': number(seconds_of(t) - (t.isdst > 0 ? 3600 : 0), 1, '0'); break;
        case 'S': number(t.sec, 2, '0'); break;
        case 't': *out += '\t'; break;
        case 'T': text(format_time("%H:%M:%S", t)); break;
        case 'u': number(t.wday == 0 ? 7 : t.wday, 1, '0'); break;
        case 'U': number((t.yday + 7 - t.wday) / 7, 2, '0'); break;
        case 'w': number(t.wday, 1, '0'); break;
        case 'W': number((t.yday + 7 - (t.wday + 6) % 7) / 7, 2, '0'); break;
        case 'x': text(format_time("%m/%d/%y", t)); break;
        case 'X': text(format_time("%H:%M:%S", t)); break;
        case 'y': number(((t.year % 100) + 100) % 100, 2, '0'); break;
        case 'Y': number(t.year, 1, '0'); break;
        case 'z': {
            int64_t off = t.gmtoff < 0 ? -t.gmtoff : t.gmtoff;
            *out += t.gmtoff < 0 ? '-' : '+';
            *out += pad_number(off / 3600 * 100 + off / 60 % 60, 4, '0');
            break;
        }
        case 'Z': text(t.zone ? as_str(t.zone)->utf8() : "UTC"); break;
        case '%': *out += '%'; break;
        default: return false;
    }
    return true;
}

// strftime in the C locale: %[flag][width][E|O]directive. As glibc does, an
// unknown or unfinished directive is copied as written, padded to its width.
std::string format_time(std::string_view fmt, const CalendarTime& t) {
    std::string out;
    for (size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != '%' || i + 1 == fmt.size()) {
            out += fmt[i];
            continue;
        }
        size_t start = i++;
        char flag = 0;
        if (fmt[i] == '-' || fmt[i] == '_' || fmt[i] == '0' || fmt[i] == '^' || fmt[i] == '#') flag = fmt[i++];
        int width = 0;
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') width = width * 10 + (fmt[i++] - '0');
        if (i + 1 < fmt.size() && (fmt[i] == 'E' || fmt[i] == 'O')) ++i;  // locale modifiers: no effect in C
        if (i < fmt.size() && format_directive(fmt[i], t, flag, width, &out)) continue;
        std::string_view spec = fmt.substr(start, i - start + (i < fmt.size() ? 1 : 0));
        if (width > static_cast<int>(spec.size())) out += std::string(width - spec.size(), flag == '0' ? '0' : ' ');
        out += spec;
        if (i == fmt.size()) break;
    }
    return out;
}

// ---------------------------------------------------------------- calendar functions

Val broken_down(const char* name, CallArgs args, const char* zone) {
    if (!check_positional(name, args, 0, 1)) return nullptr;
    int64_t secs;
    CalendarTime c;
    if (!seconds_argument(args.count ? args[0].get() : Value(), &secs) || !breakdown(secs, zone, &c)) return nullptr;
    return new_struct_time(c);
}

// gmtime() names its zone "GMT" and localtime() "UTC", as glibc does under TZ=UTC.
Val time_gmtime(Value, CallArgs args) { return broken_down("gmtime", args, "GMT"); }
Val time_localtime(Value, CallArgs args) { return broken_down("localtime", args, "UTC"); }

Val time_mktime(Value, CallArgs args) {
    if (!check_clinic_positional("time.mktime", args, 1, 1)) return nullptr;
    CalendarTime c;
    if (!time_tuple(args[0], "mktime", &c)) return nullptr;
    // Without daylight saving time, glibc's mktime takes tm_isdst > 0 as an hour ahead.
    return new_float(static_cast<double>(seconds_of(c) - (c.isdst > 0 ? 3600 : 0)));
}

Val time_asctime(Value, CallArgs args) {
    if (!check_positional("asctime", args, 0, 1)) return nullptr;
    CalendarTime c;
    if (!time_or_now(args.count ? args[0].get() : Value(), "asctime", &c)) return nullptr;
    return new_str_val(format_asctime(c));
}

Val time_ctime(Value, CallArgs args) {
    if (!check_positional("ctime", args, 0, 1)) return nullptr;
    int64_t secs;
    CalendarTime c;
    if (!seconds_argument(args.count ? args[0].get() : Value(), &secs) || !breakdown(secs, "UTC", &c)) return nullptr;
    return new_str_val(format_asctime(c));
}

Val time_strftime(Value, CallArgs args) {
    if (!check_positional("strftime", args, 1, 2)) return nullptr;
    if (!is_str(args[0]))
        return raise_type_error("strftime() argument 1 must be str, not " + type_of(args[0])->name);
    CalendarTime c;
    if (!time_or_now(args.count > 1 ? args[1].get() : Value(), "strftime", &c)) return nullptr;
    if (c.isdst < -1) c.isdst = -1;
    else if (c.isdst > 1) c.isdst = 1;
    return new_str_val(format_time(as_str(args[0])->view(), c));
}

}  // namespace

Ref<ModuleObject> make_time_module() {
    auto m = new_module("time");
    for (const char* name : {"time", "monotonic", "perf_counter", "process_time"}) add_function(m.get(), name, time_now);
    for (const char* name : {"time_ns", "monotonic_ns", "perf_counter_ns", "process_time_ns"})
        add_function(m.get(), name, time_now_ns);
    add_function(m.get(), "sleep", time_sleep);
    add_function(m.get(), "gmtime", time_gmtime);
    add_function(m.get(), "localtime", time_localtime);
    add_function(m.get(), "mktime", time_mktime);
    add_function(m.get(), "asctime", time_asctime);
    add_function(m.get(), "ctime", time_ctime);
    add_function(m.get(), "strftime", time_strftime);
    DictObject* d = m->dict.get();
    d->set_str(intern_literal("struct_time"), struct_time_type());
    d->set_str(intern_literal("timezone"), new_int(0));
    d->set_str(intern_literal("altzone"), new_int(0));
    d->set_str(intern_literal("daylight"), new_int(0));
    d->set_str(intern_literal("tzname"), new_tuple({new_str_val("UTC"), new_str_val("UTC")}).get());
    return m;
}

Val virtual_clock_value() {
    if (cx().virtual_time_is_int && std::fabs(cx().virtual_time) < 9.0e15)
        return new_int(static_cast<int64_t>(cx().virtual_time));
    return new_float(cx().virtual_time);
}

}  // namespace ys::runtime

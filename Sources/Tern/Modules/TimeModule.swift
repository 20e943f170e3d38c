#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// The `time` module: clocks and sleep.
extension Interpreter {
    func makeTimeModule() -> ModuleObject {
        let module = makeModule("time")
        let dict = module.dict
        // perf_counter is the monotonic clock, as in CPython on Linux.
        let clocks: [(String, clockid_t)] = [
            ("time", CLOCK_REALTIME), ("monotonic", CLOCK_MONOTONIC), ("perf_counter", CLOCK_MONOTONIC),
            ("process_time", CLOCK_PROCESS_CPUTIME_ID), ("thread_time", CLOCK_THREAD_CPUTIME_ID),
        ]
        for (name, clock) in clocks {
            define(dict, name) { (vm, args) throws(ScriptError) -> Value in
                try vm.expectNoArguments("time.\(name)", args)
                let (seconds, nanoseconds) = clockReading(clock)
                return .float(Double(seconds) + Double(nanoseconds) * 1e-9)
            }
            define(dict, name + "_ns") { (vm, args) throws(ScriptError) -> Value in
                try vm.expectNoArguments("time.\(name)_ns", args)
                let (seconds, nanoseconds) = clockReading(clock)
                return vm.makeInt(BigInt(seconds) * 1_000_000_000 + BigInt(nanoseconds))
            }
        }
        define(dict, "sleep") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "time.sleep() takes no keyword arguments") }
            guard args.count == 1 else {
                throw vm.makeError("TypeError", "time.sleep() takes exactly one argument (\(args.count) given)")
            }
            let nanoseconds = try vm.sleepDuration(args[0])
            // Sleeps in slices to a deadline, so a KeyboardInterrupt request is seen within a
            // slice even when the signal (or a host's request) reached another thread; a signal
            // to this thread ends the slice at once. A request made just before counts too.
            let (startSeconds, startNanoseconds) = clockReading(CLOCK_MONOTONIC)
            let (sum, overflow) = (startSeconds &* 1_000_000_000 &+ startNanoseconds).addingReportingOverflow(nanoseconds)
            let deadline = overflow ? Int.max : sum
            try vm.raisePendingInterrupt()
            while true {
                let (seconds, fraction) = clockReading(CLOCK_MONOTONIC)
                let now = seconds &* 1_000_000_000 &+ fraction
                if now >= deadline { break }
                let slice = min(deadline - now, 50_000_000)
                var request = timespec(tv_sec: 0, tv_nsec: slice)
                _ = nanosleep(&request, nil)
                try vm.raisePendingInterrupt()
            }
            return .none
        }
        return module
    }

    private func expectNoArguments(_ name: String, _ args: Arguments) throws(ScriptError) {
        if args.values.count != 0 {
            throw makeError("TypeError", "\(name)() takes no arguments (\(args.values.count) given)")
        }
    }

    /// A sleep length in nanoseconds from an int or float number of seconds (rounded up, as CPython's timeouts).
    private func sleepDuration(_ v: Value) throws(ScriptError) -> Int {
        if isFloatLike(v) {
            let seconds = floatValue(v)!
            if seconds.isNaN { throw makeError("ValueError", "Invalid value NaN (not a number)") }
            if seconds < 0 { throw makeError("ValueError", "sleep length must be non-negative") }
            let nanoseconds = (seconds * 1e9).rounded(.up)
            if nanoseconds >= 9.2e18 { throw makeError("OverflowError", "timestamp out of range for platform time_t") }
            return Int(nanoseconds)
        }
        let seconds = try integerArgument(v)
        if seconds < 0 { throw makeError("ValueError", "sleep length must be non-negative") }
        guard let nanoseconds = Int(exactly: seconds * 1_000_000_000) else {
            throw makeError("OverflowError", "timestamp too large to convert to C _PyTime_t")
        }
        return nanoseconds
    }
}

private func clockReading(_ clock: clockid_t) -> (Int, Int) {
    var now = timespec()
    clock_gettime(clock, &now)
    return (Int(now.tv_sec), Int(now.tv_nsec))
}

#!/usr/bin/env python3
"""Benchmark runner: compares `tern` against CPython on Benchmarks/programs/*.py.

For each benchmark program it runs tern and python3 alternately N times, measures
wall time and peak RSS (via os.wait4's ru_maxrss), checks that both print the same
output, and prints a Markdown table of medians plus the geometric mean of the
tern/python3 time ratios.

Usage:
    python3 Benchmarks/run.py [--runs N] [--tern PATH] [--python EXE]
                              [--markdown FILE] [--timeout SEC] [BENCHMARK ...]

Exit status: 0 if every benchmark ran and matched, 1 if any failed,
2 if the tern binary (or the benchmark programs) could not be found.
"""

import argparse
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(HERE, "programs")
DEFAULT_TERN = os.path.normpath(os.path.join(HERE, "..", ".build", "release", "tern"))


def log(msg=""):
    print(msg, file=sys.stderr, flush=True)


class RunResult:
    def __init__(self, seconds, maxrss_kib, exit_code, stdout, stderr, timed_out):
        self.seconds = seconds
        self.maxrss_kib = maxrss_kib
        self.exit_code = exit_code      # negative: killed by that signal
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.exit_code == 0 and not self.timed_out

    def describe_failure(self):
        if self.timed_out:
            return "timed out"
        if self.exit_code < 0:
            try:
                name = signal.Signals(-self.exit_code).name
            except ValueError:
                name = str(-self.exit_code)
            return f"killed by {name}"
        return f"exit {self.exit_code}"


# --- process launching -------------------------------------------------------
#
# Linux carries a process's peak RSS across execve(): a child forked (or vforked)
# from this runner starts with the runner's own high-water mark (~10-15 MiB of
# Python), which would put a floor under every measurement.  To avoid that, the
# runner marks itself a "child subreaper" and starts each program from a tiny
# /bin/sh that backgrounds it and exits at once; the program is then reparented
# to the runner, which reaps it with os.wait4() and reads ru_maxrss (KiB on
# Linux).  The floor is then only /bin/sh's ~1-2 MiB.  Where that is not
# possible the program is spawned directly (and the floor is the runner's RSS).

PR_SET_CHILD_SUBREAPER = 36
LAUNCH_SCRIPT = 'out=$1; err=$2; shift 2; "$@" </dev/null >"$out" 2>"$err" & echo $!'
_subreaper = None


def become_subreaper():
    global _subreaper
    if _subreaper is None:
        _subreaper = False
        if sys.platform.startswith("linux") and os.path.exists("/bin/sh"):
            try:
                import ctypes
                libc = ctypes.CDLL(None, use_errno=True)
                _subreaper = libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
            except (OSError, AttributeError):
                _subreaper = False
    return _subreaper


def start_process(cmd, out_path, err_path):
    """Start cmd with stdout/stderr to the given files; return its pid (our child)."""
    if become_subreaper():
        sh = subprocess.Popen(["/bin/sh", "-c", LAUNCH_SCRIPT, "sh", out_path, err_path] + cmd,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
        line = sh.stdout.read()
        sh.stdout.close()
        sh.wait()
        try:
            return int(line)
        except ValueError:
            raise OSError(f"could not launch {cmd[0]} via /bin/sh")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
    proc.returncode = 0  # we reap it ourselves with os.wait4; keep Popen from trying
    return proc.pid


def run_once(cmd, timeout, workdir):
    """Run cmd, return a RunResult with wall time and the program's peak RSS."""
    out_path = os.path.join(workdir, "stdout")
    err_path = os.path.join(workdir, "stderr")
    start = time.perf_counter()
    pid = start_process(cmd, out_path, err_path)
    timed_out = []
    lock = threading.Lock()
    reaped = []

    def kill():
        with lock:  # never signal a pid that was already reaped (and maybe reused)
            if reaped:
                return
            timed_out.append(True)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    timer = threading.Timer(timeout, kill) if timeout else None
    if timer:
        timer.start()
    try:
        # Wait for exit without reaping first, so kill() can never hit a reused pid.
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
        with lock:
            _, status, usage = os.wait4(pid, 0)
            reaped.append(True)
    except BaseException:
        # e.g. Ctrl-C: the program ignores SIGINT (started in the background by sh),
        # so stop it explicitly rather than leaving it running.
        with lock:
            if not reaped:
                try:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                except (ProcessLookupError, ChildProcessError):
                    pass
                reaped.append(True)
        raise
    finally:
        if timer:
            timer.cancel()
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    with open(out_path, "rb") as f:
        stdout = f.read().decode("utf-8", "replace")
    with open(err_path, "rb") as f:
        stderr = f.read().decode("utf-8", "replace")
    return RunResult(elapsed, usage.ru_maxrss, code, stdout, stderr, bool(timed_out))


def tail(text, n=15):
    lines = text.rstrip("\n").splitlines()
    if len(lines) > n:
        lines = ["..."] + lines[-n:]
    return "\n".join("    | " + line for line in lines) if lines else "    | (no stderr output)"


def short(text, limit=300):
    text = text.rstrip("\n")
    return text if len(text) <= limit else text[:limit] + " ..."


def resolve_programs(names):
    available = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    if not names:
        return [(n, os.path.join(PROGRAMS_DIR, n + ".py")) for n in available]
    chosen = []
    for name in names:
        base = os.path.basename(name)
        base = base[:-3] if base.endswith(".py") else base
        path = name if os.path.isfile(name) else os.path.join(PROGRAMS_DIR, base + ".py")
        if not os.path.isfile(path):
            log(f"error: unknown benchmark {name!r}; available: {', '.join(available)}")
            sys.exit(2)
        chosen.append((base, os.path.abspath(path)))
    return chosen


def machine_description(python):
    try:
        ncpu = len(os.sched_getaffinity(0))
    except AttributeError:
        ncpu = os.cpu_count()
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        pyver = subprocess.run([python, "--version"], capture_output=True, text=True,
                               timeout=30)
        pyver = (pyver.stdout or pyver.stderr).strip()
    except (OSError, subprocess.SubprocessError):
        pyver = f"{python} (version unknown)"
    return f"Machine: nproc={ncpu}, CPU: {model}, {pyver}"


class BenchResult:
    def __init__(self, name):
        self.name = name
        self.py = []        # RunResult list
        self.tern = []
        self.error = None   # string if failed

    @staticmethod
    def _median(runs):
        times = [r.seconds for r in runs if r.ok]
        return statistics.median(times) if times else None

    @staticmethod
    def _peak(runs):
        rss = [r.maxrss_kib for r in runs if r.ok]
        return max(rss) / 1024.0 if rss else None

    def py_median(self):
        return self._median(self.py)

    def tern_median(self):
        return self._median(self.tern)

    def ratio(self):
        p, t = self.py_median(), self.tern_median()
        if self.error or p is None or t is None or p <= 0:
            return None
        return t / p


def run_benchmark(name, path, tern, python, runs, timeout, workdir):
    res = BenchResult(name)
    log(f"== {name}")
    for i in range(runs):
        # Alternate which interpreter goes first to spread out warm-up/thermal bias.
        order = [("tern", tern), ("python3", python)]
        if i % 2 == 1:
            order.reverse()
        for label, exe in order:
            r = run_once([exe, path], timeout, workdir)
            (res.tern if label == "tern" else res.py).append(r)
            status = "ok" if r.ok else "FAILED: " + r.describe_failure()
            log(f"   run {i + 1}/{runs} {label:8s} {r.seconds:8.3f} s "
                f"{r.maxrss_kib / 1024.0:8.1f} MiB  {status}")
            if not r.ok:
                res.error = f"{label} {r.describe_failure()}"
                if label == "tern":
                    log(f"   !! tern failed on {name}: {r.describe_failure()}; last stderr lines:")
                else:
                    log(f"   !! {python} failed on {name} (the benchmark itself is broken?): "
                        f"{r.describe_failure()}; last stderr lines:")
                log(tail(r.stderr))
                if label == "tern" and not res.py:
                    # Still time python3 once so the row shows a reference time.
                    pr = run_once([python, path], timeout, workdir)
                    res.py.append(pr)
                    log(f"   run {i + 1}/{runs} python3  {pr.seconds:8.3f} s "
                        f"{pr.maxrss_kib / 1024.0:8.1f} MiB  "
                        f"{'ok' if pr.ok else 'FAILED: ' + pr.describe_failure()}")
                return res
        # Compare output of this round: tern vs python3, and against earlier rounds.
        t_out, p_out = res.tern[-1].stdout, res.py[-1].stdout
        if t_out != p_out:
            res.error = "OUTPUT MISMATCH"
            log("")
            log(f"   !!!!!!!! OUTPUT MISMATCH in {name} !!!!!!!!")
            log(f"   python3 printed: {short(p_out)!r}")
            log(f"   tern    printed: {short(t_out)!r}")
            if res.tern[-1].stderr.strip():
                log("   tern stderr:")
                log(tail(res.tern[-1].stderr))
            log("")
            return res
        if p_out != res.py[0].stdout:
            res.error = "NONDETERMINISTIC OUTPUT"
            log(f"   !! {name}: output differs between runs (benchmark is not deterministic)")
            return res
    return res


def resolve_python(name):
    """Find the real interpreter binary (looking through pyenv-style shim scripts)."""
    exe = shutil.which(name) or name
    if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
        return None
    try:
        real = subprocess.run([exe, "-c", "import sys; print(sys.executable)"],
                              capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        real = ""
    return real if real and os.access(real, os.X_OK) else exe


def fmt(x, spec):
    return "—" if x is None else format(x, spec)


def build_report(results, machine, runs, tern):
    lines = []
    lines.append("| benchmark | python3 median s | tern median s | ratio tern/python3 "
                 "| python3 peak MiB | tern peak MiB |")
    lines.append("|---|---:|---:|---:|---:|---:|")
    ratios = []
    for r in results:
        ratio = r.ratio()
        if ratio is not None:
            ratios.append(ratio)
            ratio_s = f"{ratio:.2f}"
        else:
            ratio_s = f"**FAILED** ({r.error})" if r.error else "—"
        lines.append(
            f"| {r.name} | {fmt(r.py_median(), '.3f')} | {fmt(r.tern_median(), '.3f')} "
            f"| {ratio_s} | {fmt(BenchResult._peak(r.py), '.1f')} "
            f"| {fmt(BenchResult._peak(r.tern), '.1f')} |")
    lines.append("")
    failed = [r.name for r in results if r.error]
    if ratios:
        geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        lines.append(f"Geometric mean of ratios (tern/python3): **{geo:.2f}** "
                     f"over {len(ratios)} benchmark(s)"
                     + (f"; {len(failed)} failed: {', '.join(failed)}" if failed else ""))
    else:
        lines.append("Geometric mean of ratios: n/a (no benchmark succeeded)")
    lines.append("")
    lines.append(f"{machine}; {runs} run(s) each; tern: `{tern}`")
    return "\n".join(lines) + "\n", failed


def main(argv=None):
    ap = argparse.ArgumentParser(description="Run the Tern benchmark suite against CPython.")
    ap.add_argument("benchmarks", nargs="*",
                    help="benchmark names (e.g. calls loops); default: all in programs/")
    ap.add_argument("--tern", default=DEFAULT_TERN,
                    help="path to the tern binary (default: %(default)s)")
    ap.add_argument("--python", default="python3",
                    help="reference Python interpreter (default: %(default)s)")
    ap.add_argument("--runs", type=int, default=5,
                    help="runs per interpreter per benchmark (default: %(default)s)")
    ap.add_argument("--markdown", metavar="FILE",
                    help="also write the Markdown table to FILE")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="kill a single run after this many seconds (default: %(default)s; 0 = none)")
    args = ap.parse_args(argv)

    if args.runs < 1:
        ap.error("--runs must be at least 1")

    tern = args.tern
    if os.sep not in tern:
        tern = shutil.which(tern) or tern
    tern = os.path.abspath(tern)
    if not (os.path.isfile(tern) and os.access(tern, os.X_OK)):
        log(f"error: tern binary not found (or not executable) at {tern}")
        log("       build it first:  swift build -c release   (or pass --tern PATH)")
        return 2

    python = resolve_python(args.python)
    if python is None:
        log(f"error: python interpreter {args.python!r} not found")
        return 2

    if not os.path.isdir(PROGRAMS_DIR):
        log(f"error: benchmark programs directory missing: {PROGRAMS_DIR}")
        return 2
    programs = resolve_programs(args.benchmarks)
    if not programs:
        log(f"error: no benchmark programs in {PROGRAMS_DIR}")
        return 2

    machine = machine_description(python)
    log(machine)
    log(f"tern: {tern}\npython: {python}\nruns: {args.runs}\n")

    results = []
    with tempfile.TemporaryDirectory(prefix="tern-bench-") as workdir:
        for name, path in programs:
            results.append(run_benchmark(name, path, tern, python, args.runs,
                                         args.timeout or None, workdir))

    report, failed = build_report(results, machine, args.runs, tern)
    log("")
    print(report, end="")
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(report)
        log(f"(table written to {args.markdown})")
    if failed:
        log(f"FAILED benchmarks: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        log("\ninterrupted")
        sys.exit(130)

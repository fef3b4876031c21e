// Loaded into the server's process by the mail bench when BENCH_CPU_PROFILE is set
// (NODE_OPTIONS=--import …: Node refuses --cpu-prof there): a V8 CPU profile from start to exit,
// written to $BENCH_CPU_PROFILE_DIR/<pid>.cpuprofile (open it in Chrome DevTools → Performance).
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  // the in-thread session answers synchronously: the profile is written before the process ends
  process.on('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (err) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}

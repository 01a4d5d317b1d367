#!/usr/bin/env node
// Runs docs/slurm/submit.sh for real on a one-node Slurm cluster started on
// this machine (Debian slurm-wlm + munge), then stops it. Everything lives
// in a temporary folder: munge's key and socket, slurm.conf, the daemons'
// state and logs, the generated corpus and its outputs. Loopback only: the
// controller and the node daemon listen on 127.0.0.1. Needs root (slurmd
// runs jobs as their user); CI does not run it.
//
//   npm run build && node benchmarks/slurm.mjs [--pairs 40] [--shards 4] [--keep]
//
// Prints the wall time of each step (plan, array of shards, merge) from
// Slurm's own records, the one-machine `resalign corpus` time on the same
// corpus for comparison, and whether the merged corpus equals it.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './lib/corpus-gen.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const argv = process.argv.slice(2)
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`)
  return i < 0 ? fallback : (argv[i + 1] ?? fallback)
}
const pairs = Number(arg('pairs', '40'))
const shards = Number(arg('shards', '4'))
const keep = argv.includes('--keep')
const log = (s) => process.stderr.write(`${s}\n`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

for (const tool of ['/usr/sbin/munged', '/usr/sbin/mungekey', '/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch']) {
  if (!existsSync(tool)) throw new Error(`${tool} is missing: apt-get install slurm-wlm munge`)
}
if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run "npm run build" first')

const dir = await mkdtemp(join(tmpdir(), 'resalign-slurm-'))
const daemons = []
try {
  log(`generating ${pairs} pairs in ${dir} …`)
  await generateCorpus(join(dir, 'in'), pairs)
  const conf = await startCluster(dir)
  const env = { ...process.env, SLURM_CONF: conf, RESALIGN: `${process.execPath} ${join(root, 'dist/cli.js')}` }
  const load = [loadavg()]
  log(`submitting plan → ${shards} shards → merge …`)
  const work = join(dir, 'work')
  const merge = execFileSync(join(root, 'docs/slurm/submit.sh'), [join(dir, 'in'), work, String(shards)], { env, encoding: 'utf8' }).trim()
  const states = await waitFor(merge, env)
  load.push(loadavg())
  log('the same corpus on one machine …')
  const t0 = performance.now()
  execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'corpus', join(dir, 'in'), '-o', join(dir, 'one'), '--quiet'], { env: process.env })
  const oneMs = performance.now() - t0
  const same = (await readFile(join(work, 'corpus', 'corpus.jsonl'), 'utf8')) === (await readFile(join(dir, 'one', 'corpus.jsonl'), 'utf8'))
  const summary = JSON.parse(await readFile(join(work, 'corpus', 'summary.json'), 'utf8'))
  const f = (ms) => `${(ms / 1000).toFixed(1)} s`
  const lines = [
    `Slurm ${execFileSync('/usr/sbin/slurmctld', ['-V'], { encoding: 'utf8' }).trim()}, one node (${availableParallelism()} cores, shared), ${pairs} generated pairs, ${shards} shards; load average ${load[0].map((x) => x.toFixed(2)).join(' ')} → ${load[1].map((x) => x.toFixed(2)).join(' ')}`,
    '',
    '| step | Slurm job | state | elapsed |',
    '| --- | --- | --- | ---: |',
    ...states.map((s) => `| ${s.name} | ${s.id} | ${s.state} | ${f(s.elapsedMs)} |`),
    '',
    `first submit to merged corpus: ${f(states.at(-1).endMs - states[0].startMs)}; one machine (resalign corpus, same pairs): ${f(oneMs)}`,
    `merged: ${summary.pairs.length} pairs, ${summary.failed.length} failed, ${summary.unpaired.length} unpaired; corpus.jsonl ${same ? 'equals' : 'DIFFERS FROM'} the one-machine build`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
  if (!same || states.some((s) => s.state !== 'COMPLETED')) process.exitCode = 1
} finally {
  for (const d of daemons.reverse()) d.kill('SIGTERM')
  await sleep(500)
  if (!keep) await rm(dir, { recursive: true, force: true })
  else log(`kept ${dir}`)
}

/** Start munged, slurmctld and slurmd on loopback, configured in `dir`; return the slurm.conf path. */
async function startCluster(dir) {
  const munge = join(dir, 'munge')
  await mkdir(munge, { mode: 0o700 })
  execFileSync('/usr/sbin/mungekey', ['--create', '--keyfile', join(munge, 'munge.key')])
  const socket = join(munge, 'munge.sock')
  daemons.push(spawn('/usr/sbin/munged', ['--foreground', '--force', `--socket=${socket}`, `--key-file=${join(munge, 'munge.key')}`, `--pid-file=${join(munge, 'munged.pid')}`, `--log-file=${join(munge, 'munged.log')}`, `--seed-file=${join(munge, 'munged.seed')}`], { stdio: 'ignore' }))
  for (let i = 0; i < 50 && !existsSync(socket); i++) await sleep(100)
  const slurm = join(dir, 'slurm')
  for (const d of ['state', 'spool', 'log']) await mkdir(join(slurm, d), { recursive: true })
  await writeFile(join(slurm, 'plugstack.conf'), '')
  const port = 20000 + (process.pid % 20000)
  const conf = join(slurm, 'slurm.conf')
  await writeFile(conf, `ClusterName=resalign
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=${port}
SlurmdPort=${port + 1}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=${socket}
StateSaveLocation=${join(slurm, 'state')}
SlurmdSpoolDir=${join(slurm, 'spool')}
SlurmctldPidFile=${join(slurm, 'slurmctld.pid')}
SlurmdPidFile=${join(slurm, 'slurmd.pid')}
SlurmctldLogFile=${join(slurm, 'log', 'slurmctld.log')}
SlurmdLogFile=${join(slurm, 'log', 'slurmd.log')}
PlugStackConfig=${join(slurm, 'plugstack.conf')}
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
ReturnToService=2
MinJobAge=3600
NodeName=resalign-node NodeAddr=127.0.0.1 NodeHostname=localhost CPUs=${availableParallelism()} RealMemory=${Math.floor(totalmem() / 2 ** 20 / 2)} State=UNKNOWN
PartitionName=local Nodes=resalign-node Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES
`)
  await chmod(conf, 0o644)
  const env = { ...process.env, SLURM_CONF: conf }
  daemons.push(spawn('/usr/sbin/slurmctld', ['-D', '-i', '-f', conf], { stdio: 'ignore', env }))
  daemons.push(spawn('/usr/sbin/slurmd', ['-D', '-N', 'resalign-node', '-f', conf], { stdio: 'ignore', env }))
  for (let i = 0; i < 100; i++) {
    await sleep(300)
    try {
      const state = execFileSync('/usr/bin/sinfo', ['-h', '-o', '%T'], { env, encoding: 'utf8' }).trim()
      if (state === 'idle') return conf
    } catch {}
  }
  const logs = await Promise.all(['slurmctld.log', 'slurmd.log'].map((f) => readFile(join(slurm, 'log', f), 'utf8').catch(() => '')))
  throw new Error(`the Slurm node did not come up:\n${logs.join('\n').split('\n').slice(-30).join('\n')}`)
}

/** Wait for job `last` (and those before it) to end; their states and times from scontrol. */
async function waitFor(last, env) {
  for (;;) {
    await sleep(1000)
    const jobs = readJobs(env)
    const merge = jobs.find((j) => j.id === last)
    if (merge && ['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'NODE_FAIL'].includes(merge.state)) return summarize(jobs)
    if (merge?.reason === 'DependencyNeverSatisfied') return summarize(jobs)
  }
}

function readJobs(env) {
  const out = execFileSync('/usr/bin/scontrol', ['show', 'job', '-o'], { env, encoding: 'utf8' })
  return out.split('\n').filter((l) => l.includes('JobId=')).map((l) => {
    const field = (k) => new RegExp(`(?:^| )${k}=(\\S*)`).exec(l)?.[1] ?? ''
    return { id: field('JobId'), array: field('ArrayJobId'), task: field('ArrayTaskId'), name: field('JobName'), state: field('JobState'), reason: field('Reason'), start: field('StartTime'), end: field('EndTime') }
  })
}

/** One row per step: plan, the array (first start to last end), merge. */
function summarize(jobs) {
  const time = (s) => Date.parse(s)
  const groups = new Map()
  for (const j of jobs) {
    const key = j.array || j.id
    groups.set(key, [...(groups.get(key) ?? []), j])
  }
  return [...groups.values()]
    .map((list) => {
      const startMs = Math.min(...list.map((j) => time(j.start)))
      const endMs = Math.max(...list.map((j) => time(j.end)))
      const states = [...new Set(list.map((j) => j.state))]
      return { id: list[0].array || list[0].id, name: list.length > 1 ? `${list[0].name} ×${list.length}` : list[0].name, state: states.join('/'), startMs, endMs, elapsedMs: endMs - startMs }
    })
    .sort((a, b) => a.startMs - b.startMs)
}



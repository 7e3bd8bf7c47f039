#!/usr/bin/env bash
# A one-node Slurm cluster for test/slurm.test.ts, entirely inside DIR: its own munge key and
# socket, its own slurm.conf (free ports, state and spool directories, logs), so it touches no
# system configuration and can run beside nothing else. Needs root (CI runs as root) and Debian's
# slurm-wlm and munge.
#   cluster.sh start DIR   configure, start munged, slurmctld and slurmd; wait for the node to be idle
#   cluster.sh stop DIR    stop the three daemons started in DIR
# Commands such as sbatch find the cluster through SLURM_CONF=DIR/slurm.conf.
set -euo pipefail
command=${1:?usage: cluster.sh start|stop DIR}
dir=$(cd "${2:?usage: cluster.sh start|stop DIR}" && pwd)

# Whether process $1 is running: there, and not a zombie its parent has yet to reap.
running() {
  [ -r "/proc/$1/stat" ] && [ "$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)" != Z ]
}

# Stops each daemon and waits (up to 10 s) until it has exited, so that DIR can be removed.
stop() {
  for daemon in slurmd slurmctld munged; do
    [ -s "$dir/$daemon.pid" ] || continue
    pid=$(cat "$dir/$daemon.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do running "$pid" || break; sleep 0.2; done
    rm -f "$dir/$daemon.pid"
  done
}

# A TCP port nothing listens on, so that two clusters (or a system Slurm) do not collide.
free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

if [ "$command" = stop ]; then
  stop
  exit 0
fi
[ "$command" = start ] || { echo "cluster.sh: unknown command $command: expected start or stop" >&2; exit 2; }

host=$(hostname -s)
# The node offers 90% of the machine's memory, so that jobs asking for memory (#SBATCH --mem-per-cpu) fit.
memory=$(awk '/^MemTotal:/ { print int($2 / 1024 * 0.9) }' /proc/meminfo)
mkdir -p "$dir/munge" "$dir/state" "$dir/spool"
chmod 700 "$dir/munge"
dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$dir/munge/munge.key"
# munged refuses to run as root without --force; its socket and files stay in DIR.
munged --force --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
  --pid-file="$dir/munged.pid" --log-file="$dir/munged.log" --seed-file="$dir/munge/munge.seed"

cat > "$dir/slurm.conf" <<CONF
ClusterName=newslens-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
# No cgroups: a container or CI runner may not delegate them.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$host CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

export SLURM_CONF="$dir/slurm.conf"
slurmctld -c -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 1 60); do
  state=$(sinfo -h -o %T 2>/dev/null || true)
  if [ "$state" = idle ]; then exit 0; fi
  sleep 1
done
echo "cluster.sh: the node did not become idle within a minute (state: ${state:-none}); see $dir/*.log" >&2
stop
exit 1

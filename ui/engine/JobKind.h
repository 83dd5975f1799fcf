#pragma once
// The kinds of job the studio's worker runs, their names in the worker's signals, and how
// a job can end. Torch-free: the widgets use it too.
#include <QString>

enum class JobKind { OpenInputs, OpenRun, Build, Evaluate, Export };
enum class JobOutcome { Finished, Cancelled, Failed };

// "open", "open-run", "build", "evaluate", "export".
QString jobKindName(JobKind kind);
// False when `name` is no job kind.
bool jobKindFromName(const QString &name, JobKind *kind);
// "finished", "cancelled", "failed".
QString jobOutcomeName(JobOutcome outcome);
// Long jobs hold the Start / Evaluate buttons until they end; opening does not.
inline bool isLongJob(JobKind kind)
{
    return kind == JobKind::Build || kind == JobKind::Evaluate || kind == JobKind::Export;
}

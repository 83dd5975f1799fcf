#include "JobKind.h"

namespace {
constexpr JobKind kAllKinds[] = {JobKind::OpenInputs, JobKind::OpenRun, JobKind::Build, JobKind::Evaluate, JobKind::Export};
}

QString jobKindName(JobKind kind)
{
    switch (kind) {
    case JobKind::OpenInputs: return QStringLiteral("open");
    case JobKind::OpenRun: return QStringLiteral("open-run");
    case JobKind::Build: return QStringLiteral("build");
    case JobKind::Evaluate: return QStringLiteral("evaluate");
    case JobKind::Export: return QStringLiteral("export");
    }
    return {};
}

bool jobKindFromName(const QString &name, JobKind *kind)
{
    for (JobKind candidate : kAllKinds)
        if (jobKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    return false;
}

QString jobOutcomeName(JobOutcome outcome)
{
    switch (outcome) {
    case JobOutcome::Finished: return QStringLiteral("finished");
    case JobOutcome::Cancelled: return QStringLiteral("cancelled");
    case JobOutcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

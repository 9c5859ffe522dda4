#pragma once

#include "filestate.h"

#include "metadata/editfield.h"

#include <QList>
#include <QString>
#include <QStringList>

/** One field's change in one file, as the preview lists it. */
struct FieldChange
{
    EditField field = EditField::Caption;
    QStringList before;
    QStringList after;
    // Set when the value shown is already `after` but this store ("IPTC") holds `before`: the write
    // settles the disagreement, and undoing it has nothing shown to set back.
    QString heldIn;
    // The credit the caption names, for a credit field that is empty (the preview says so: the window
    // showed that credit, inferred). Shown only: undo sets the field back to empty.
    QString inferred;
};

/**
 * What an edit will do to one photo, worked out before anything is written: the preview shows it, and
 * writing it changes exactly this, or nothing if the file changed meanwhile.
 */
struct FilePlan
{
    QString path;          // the photo (NativePath form), as given
    QString file;          // the file written: the photo with symbolic links resolved
    QString sidecar;       // the sidecar written, or updated beside an embedded write; empty for none
    bool embedded = false; // the photo itself is written
    bool sidecarExists = false;
    QString whySidecar; // why the photo itself is not written ("camera RAW", "read-only", "asked")
    QList<FieldChange> changes;
    FileState state;        // the photo's, when planned
    FileState sidecarState; // the sidecar's, when planned
    QString problem;        // why nothing can be written
    // An undo of the write that made `sidecar`: write() removes the sidecar while it is still exactly what
    // Byline wrote, as revert does, and sets its fields back only when someone else has changed it since.
    bool removesSidecar = false;

    [[nodiscard]] bool canWrite() const { return problem.isEmpty() && !changes.isEmpty(); }
    [[nodiscard]] FieldValues after() const
    {
        FieldValues values;
        for (const FieldChange &change : changes)
            values.insert(change.field, change.after);
        return values;
    }
};

/** What writing one plan did. */
struct WriteOutcome
{
    QString path;
    bool written = false;
    QString error;     // why nothing was written
    QStringList notes; // what else happened: originals removed from a full backup store, a sidecar made
};

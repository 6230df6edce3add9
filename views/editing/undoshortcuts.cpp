#include "editing/undoshortcuts.h"

namespace Anchorline::Views {

QList<QKeySequence> redoShortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!keys.contains(ctrlShiftZ))
        keys << ctrlShiftZ;
    return keys;
}

} // namespace Anchorline::Views

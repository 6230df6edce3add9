#include "style/palette.h"

namespace Anchorline::Views::Palette {

QColor relationColor(Model::RelationType type)
{
    switch (type) {
    case Model::RelationType::Supersedes:
        return QColor(0xcc, 0x33, 0x11);
    case Model::RelationType::Revises:
        return QColor(0xee, 0x77, 0x33);
    case Model::RelationType::Implements:
        return QColor(0x00, 0x99, 0x88);
    case Model::RelationType::RespondsTo:
        return QColor(0x00, 0x77, 0xbb);
    case Model::RelationType::Prompts:
        return QColor(0xaa, 0x33, 0x77);
    case Model::RelationType::Shapes:
        return QColor(0x33, 0xbb, 0xee).darker(115);
    case Model::RelationType::Cites:
        return QColor(0x88, 0x88, 0x88);
    case Model::RelationType::Contradicts:
        return QColor(0xee, 0x33, 0x77);
    case Model::RelationType::Continues:
        return QColor(0x11, 0x77, 0x33);
    case Model::RelationType::PartOf:
        return QColor(0x33, 0x22, 0x88);
    }
    return QColor(Qt::black);
}

} // namespace Anchorline::Views::Palette

#pragma once

// Header-only: ferry_testsupport does not link Qt Widgets; only the ui tests include this.
#include <QAccessible>
#include <QApplication>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace Ferry::Test {

inline QString describeWidget(const QWidget *w)
{
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                        w->objectName());
}

// The visible widgets below root that take keyboard focus but have no name for a screen reader
// (no accessible name, text or buddy label), as "Class(objectName)". Empty when all are named.
inline QStringList unnamedFocusableWidgets(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // The line edit inside a spin box: readers announce the spin box, its focus owner.
        QWidget *parent = w->parentWidget();
        if (parent && (parent->focusProxy() == w || w->focusProxy() == parent))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describeWidget(w);
    }
    return unnamed;
}

// Tabs through root's window from its current focus, at most maxSteps times, and returns the
// objectNames (or class names) of every widget that got focus, in order.
inline QStringList tabChain(QWidget *root, int maxSteps = 40)
{
    QStringList chain;
    for (int i = 0; i < maxSteps; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != root->window())
            break;
        chain << (focus->objectName().isEmpty() ? describeWidget(focus) : focus->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return chain;
}

} // namespace Ferry::Test

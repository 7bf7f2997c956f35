# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recorder_readback.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReadBackView(object):
    def setupUi(self, ReadBackView):
        if not ReadBackView.objectName():
            ReadBackView.setObjectName(u"ReadBackView")
        ReadBackView.resize(1100, 760)
        ReadBackView.setStyleSheet(u"QWidget#ReadBackView { background: #fffdf7; }")
        self.readback_layout = QVBoxLayout(ReadBackView)
        self.readback_layout.setObjectName(u"readback_layout")
        self.readback_hint = QLabel(ReadBackView)
        self.readback_hint.setObjectName(u"readback_hint")
        self.readback_hint.setStyleSheet(u"QLabel { color: #666; font-size: 12pt; }")

        self.readback_layout.addWidget(self.readback_hint)

        self.readback_edit = QPlainTextEdit(ReadBackView)
        self.readback_edit.setObjectName(u"readback_edit")
        self.readback_edit.setReadOnly(True)
        self.readback_edit.setFrameShape(QFrame.Shape.NoFrame)
        self.readback_edit.setStyleSheet(u"QPlainTextEdit { background: #fffdf7; color: #111; }")

        self.readback_layout.addWidget(self.readback_edit)

        self.readback_layout.setStretch(1, 1)

        self.retranslateUi(ReadBackView)

        QMetaObject.connectSlotsByName(ReadBackView)
    # setupUi

    def retranslateUi(self, ReadBackView):
        ReadBackView.setWindowTitle(QCoreApplication.translate("ReadBackView", u"\u7b14\u5f55\uff08\u4f9b\u5f53\u4e8b\u4eba\u6838\u5bf9\uff09", None))
        self.readback_hint.setText(QCoreApplication.translate("ReadBackView", u"\u8bf7\u5f53\u4e8b\u4eba\u6838\u5bf9\u7b14\u5f55\u3002F11 \u5168\u5c4f / \u9000\u51fa\u5168\u5c4f\uff0cEsc \u5173\u95ed\u3002", None))
#if QT_CONFIG(accessibility)
        self.readback_edit.setAccessibleName(QCoreApplication.translate("ReadBackView", u"\u7b14\u5f55\uff08\u53ea\u8bfb\uff09", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recorder_conflict.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecordConflictDialog(object):
    def setupUi(self, RecordConflictDialog):
        if not RecordConflictDialog.objectName():
            RecordConflictDialog.setObjectName(u"RecordConflictDialog")
        RecordConflictDialog.resize(1000, 600)
        self.conflict_layout = QVBoxLayout(RecordConflictDialog)
        self.conflict_layout.setObjectName(u"conflict_layout")
        self.explanation_label = QLabel(RecordConflictDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.conflict_layout.addWidget(self.explanation_label)

        self.versions_row = QHBoxLayout()
        self.versions_row.setObjectName(u"versions_row")
        self.mine_group = QGroupBox(RecordConflictDialog)
        self.mine_group.setObjectName(u"mine_group")
        self.mine_layout = QVBoxLayout(self.mine_group)
        self.mine_layout.setObjectName(u"mine_layout")
        self.mine_edit = QPlainTextEdit(self.mine_group)
        self.mine_edit.setObjectName(u"mine_edit")
        self.mine_edit.setReadOnly(True)

        self.mine_layout.addWidget(self.mine_edit)


        self.versions_row.addWidget(self.mine_group)

        self.theirs_group = QGroupBox(RecordConflictDialog)
        self.theirs_group.setObjectName(u"theirs_group")
        self.theirs_layout = QVBoxLayout(self.theirs_group)
        self.theirs_layout.setObjectName(u"theirs_layout")
        self.theirs_edit = QPlainTextEdit(self.theirs_group)
        self.theirs_edit.setObjectName(u"theirs_edit")
        self.theirs_edit.setReadOnly(True)

        self.theirs_layout.addWidget(self.theirs_edit)


        self.versions_row.addWidget(self.theirs_group)


        self.conflict_layout.addLayout(self.versions_row)

        self.choice_row = QHBoxLayout()
        self.choice_row.setObjectName(u"choice_row")
        self.choice_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choice_row.addItem(self.choice_spacer)

        self.keep_both_button = QPushButton(RecordConflictDialog)
        self.keep_both_button.setObjectName(u"keep_both_button")

        self.choice_row.addWidget(self.keep_both_button)

        self.keep_mine_button = QPushButton(RecordConflictDialog)
        self.keep_mine_button.setObjectName(u"keep_mine_button")

        self.choice_row.addWidget(self.keep_mine_button)


        self.conflict_layout.addLayout(self.choice_row)

        QWidget.setTabOrder(self.keep_both_button, self.keep_mine_button)
        QWidget.setTabOrder(self.keep_mine_button, self.mine_edit)
        QWidget.setTabOrder(self.mine_edit, self.theirs_edit)

        self.retranslateUi(RecordConflictDialog)

        self.keep_both_button.setDefault(True)


        QMetaObject.connectSlotsByName(RecordConflictDialog)
    # setupUi

    def retranslateUi(self, RecordConflictDialog):
        RecordConflictDialog.setWindowTitle(QCoreApplication.translate("RecordConflictDialog", u"\u7b14\u5f55\u5728\u522b\u5904\u4e5f\u4fdd\u5b58\u8fc7", None))
        self.explanation_label.setText("")
        self.mine_group.setTitle(QCoreApplication.translate("RecordConflictDialog", u"\u672c\u7a97\u53e3\u7684\u6587\u5b57\uff08\u5c1a\u672a\u4fdd\u5b58\uff09", None))
        self.theirs_group.setTitle(QCoreApplication.translate("RecordConflictDialog", u"\u5df2\u4fdd\u5b58\u7684\u6700\u65b0\u7248\u672c", None))
        self.keep_both_button.setText(QCoreApplication.translate("RecordConflictDialog", u"\u5408\u5e76\u4e24\u7248\u540e\u4fdd\u5b58(&B)", None))
        self.keep_mine_button.setText(QCoreApplication.translate("RecordConflictDialog", u"\u4ee5\u672c\u7a97\u53e3\u6587\u5b57\u53e6\u5b58\u4e3a\u65b0\u4e00\u7248(&M)", None))
    # retranslateUi


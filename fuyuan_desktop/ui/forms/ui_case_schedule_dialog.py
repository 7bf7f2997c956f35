# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_schedule_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ScheduleDialog(object):
    def setupUi(self, ScheduleDialog):
        if not ScheduleDialog.objectName():
            ScheduleDialog.setObjectName(u"ScheduleDialog")
        ScheduleDialog.setMinimumSize(QSize(420, 0))
        self.dialog_layout = QVBoxLayout(ScheduleDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.schedule_form = QFormLayout()
        self.schedule_form.setObjectName(u"schedule_form")
        self.when_label = QLabel(ScheduleDialog)
        self.when_label.setObjectName(u"when_label")

        self.schedule_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.when_label)

        self.when_edit = QDateTimeEdit(ScheduleDialog)
        self.when_edit.setObjectName(u"when_edit")
        self.when_edit.setCalendarPopup(True)

        self.schedule_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when_edit)

        self.place_label = QLabel(ScheduleDialog)
        self.place_label.setObjectName(u"place_label")

        self.schedule_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(ScheduleDialog)
        self.place_edit.setObjectName(u"place_edit")
        self.place_edit.setMaxLength(200)

        self.schedule_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.place_edit)


        self.dialog_layout.addLayout(self.schedule_form)

        self.zone_note = QLabel(ScheduleDialog)
        self.zone_note.setObjectName(u"zone_note")

        self.dialog_layout.addWidget(self.zone_note)

        self.button_box = QDialogButtonBox(ScheduleDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.when_label.setBuddy(self.when_edit)
        self.place_label.setBuddy(self.place_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.when_edit, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.button_box)

        self.retranslateUi(ScheduleDialog)
        self.button_box.accepted.connect(ScheduleDialog.accept)
        self.button_box.rejected.connect(ScheduleDialog.reject)

        QMetaObject.connectSlotsByName(ScheduleDialog)
    # setupUi

    def retranslateUi(self, ScheduleDialog):
        ScheduleDialog.setWindowTitle(QCoreApplication.translate("ScheduleDialog", u"\u5b89\u6392\u8c03\u89e3", None))
        self.when_label.setText(QCoreApplication.translate("ScheduleDialog", u"\u65f6\u95f4(&T)", None))
        self.when_edit.setDisplayFormat(QCoreApplication.translate("ScheduleDialog", u"yyyy-MM-dd HH:mm", None))
        self.place_label.setText(QCoreApplication.translate("ScheduleDialog", u"\u5730\u70b9(&P)", None))
        self.place_edit.setPlaceholderText(QCoreApplication.translate("ScheduleDialog", u"\u7559\u7a7a\u5219\u4e3a\u7ea0\u7eb7\u5730\u70b9", None))
        self.zone_note.setText(QCoreApplication.translate("ScheduleDialog", u"\u65f6\u95f4\u6309\u5317\u4eac\u65f6\u95f4\u3002", None))
    # retranslateUi


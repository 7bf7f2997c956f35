# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recorder.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_RecorderWindow(object):
    def setupUi(self, RecorderWindow):
        if not RecorderWindow.objectName():
            RecorderWindow.setObjectName(u"RecorderWindow")
        RecorderWindow.resize(1200, 780)
        self.recorder_layout = QVBoxLayout(RecorderWindow)
        self.recorder_layout.setObjectName(u"recorder_layout")
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.title_label = QLabel(RecorderWindow)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)

        self.header_row.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row.addItem(self.header_spacer)

        self.save_button = QPushButton(RecorderWindow)
        self.save_button.setObjectName(u"save_button")

        self.header_row.addWidget(self.save_button)

        self.readback_button = QPushButton(RecorderWindow)
        self.readback_button.setObjectName(u"readback_button")

        self.header_row.addWidget(self.readback_button)

        self.held_button = QPushButton(RecorderWindow)
        self.held_button.setObjectName(u"held_button")

        self.header_row.addWidget(self.held_button)


        self.recorder_layout.addLayout(self.header_row)

        self.warning_label = QLabel(RecorderWindow)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setVisible(False)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1f11; border: 1px solid #e0a39a; border-radius: 4px; padding: 6px 10px; font-size: 12pt; }")

        self.recorder_layout.addWidget(self.warning_label)

        self.body_splitter = QSplitter(RecorderWindow)
        self.body_splitter.setObjectName(u"body_splitter")
        self.body_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.side_panel = QWidget(self.body_splitter)
        self.side_panel.setObjectName(u"side_panel")
        self.side_panel.setMinimumSize(QSize(230, 0))
        self.side_panel.setMaximumSize(QSize(320, 16777215))
        self.side_layout = QVBoxLayout(self.side_panel)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(0, 0, 6, 0)
        self.attendance_label = QLabel(self.side_panel)
        self.attendance_label.setObjectName(u"attendance_label")

        self.side_layout.addWidget(self.attendance_label)

        self.attendance_list = QListWidget(self.side_panel)
        self.attendance_list.setObjectName(u"attendance_list")

        self.side_layout.addWidget(self.attendance_list)

        self.speakers_group = QGroupBox(self.side_panel)
        self.speakers_group.setObjectName(u"speakers_group")
        self.speakers_layout = QVBoxLayout(self.speakers_group)
        self.speakers_layout.setObjectName(u"speakers_layout")
        self.applicant_button = QPushButton(self.speakers_group)
        self.applicant_button.setObjectName(u"applicant_button")

        self.speakers_layout.addWidget(self.applicant_button)

        self.respondent_button = QPushButton(self.speakers_group)
        self.respondent_button.setObjectName(u"respondent_button")

        self.speakers_layout.addWidget(self.respondent_button)

        self.mediator_button = QPushButton(self.speakers_group)
        self.mediator_button.setObjectName(u"mediator_button")

        self.speakers_layout.addWidget(self.mediator_button)

        self.third_party_button = QPushButton(self.speakers_group)
        self.third_party_button.setObjectName(u"third_party_button")

        self.speakers_layout.addWidget(self.third_party_button)

        self.timestamp_button = QPushButton(self.speakers_group)
        self.timestamp_button.setObjectName(u"timestamp_button")

        self.speakers_layout.addWidget(self.timestamp_button)

        self.speakers_hint = QLabel(self.speakers_group)
        self.speakers_hint.setObjectName(u"speakers_hint")
        self.speakers_hint.setWordWrap(True)

        self.speakers_layout.addWidget(self.speakers_hint)


        self.side_layout.addWidget(self.speakers_group)

        self.body_splitter.addWidget(self.side_panel)
        self.record_edit = QPlainTextEdit(self.body_splitter)
        self.record_edit.setObjectName(u"record_edit")
        self.record_edit.setTabChangesFocus(True)
        self.record_edit.setFrameShape(QFrame.Shape.NoFrame)
        self.record_edit.setStyleSheet(u"QPlainTextEdit { background: #fbfaf6; color: #222; selection-background-color: #c9d8e8; selection-color: #111; }")
        self.body_splitter.addWidget(self.record_edit)

        self.recorder_layout.addWidget(self.body_splitter)

        self.status_row = QHBoxLayout()
        self.status_row.setObjectName(u"status_row")
        self.save_status = QLabel(RecorderWindow)
        self.save_status.setObjectName(u"save_status")

        self.status_row.addWidget(self.save_status)

        self.status_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_row.addItem(self.status_spacer)

        self.chars_label = QLabel(RecorderWindow)
        self.chars_label.setObjectName(u"chars_label")

        self.status_row.addWidget(self.chars_label)


        self.recorder_layout.addLayout(self.status_row)

        self.recorder_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.attendance_label.setBuddy(self.attendance_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.record_edit, self.attendance_list)
        QWidget.setTabOrder(self.attendance_list, self.applicant_button)
        QWidget.setTabOrder(self.applicant_button, self.respondent_button)
        QWidget.setTabOrder(self.respondent_button, self.mediator_button)
        QWidget.setTabOrder(self.mediator_button, self.third_party_button)
        QWidget.setTabOrder(self.third_party_button, self.timestamp_button)
        QWidget.setTabOrder(self.timestamp_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.readback_button)
        QWidget.setTabOrder(self.readback_button, self.held_button)

        self.retranslateUi(RecorderWindow)

        QMetaObject.connectSlotsByName(RecorderWindow)
    # setupUi

    def retranslateUi(self, RecorderWindow):
        RecorderWindow.setWindowTitle(QCoreApplication.translate("RecorderWindow", u"\u8c03\u89e3\u7b14\u5f55", None))
        self.title_label.setText("")
        self.save_button.setText(QCoreApplication.translate("RecorderWindow", u"\u7acb\u5373\u4fdd\u5b58(&S)", None))
        self.readback_button.setText(QCoreApplication.translate("RecorderWindow", u"\u7ed9\u5f53\u4e8b\u4eba\u770b(&R)", None))
#if QT_CONFIG(tooltip)
        self.readback_button.setToolTip(QCoreApplication.translate("RecorderWindow", u"\u5927\u5b57\u53ea\u8bfb\uff0c\u4f9b\u5f53\u4e8b\u4eba\u6838\u5bf9\uff08F11 \u5168\u5c4f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.held_button.setText(QCoreApplication.translate("RecorderWindow", u"\u672c\u6b21\u8c03\u89e3\u7ed3\u675f(&E)", None))
        self.attendance_label.setText(QCoreApplication.translate("RecorderWindow", u"\u7b7e\u5230\uff08\u52fe\u9009\u5373\u5230\u573a\uff09(&Q)", None))
#if QT_CONFIG(accessibility)
        self.attendance_list.setAccessibleName(QCoreApplication.translate("RecorderWindow", u"\u7b7e\u5230\u540d\u5355", None))
#endif // QT_CONFIG(accessibility)
        self.speakers_group.setTitle(QCoreApplication.translate("RecorderWindow", u"\u63d2\u5165\u53d1\u8a00\u4eba", None))
        self.applicant_button.setText(QCoreApplication.translate("RecorderWindow", u"\u7533\u8bf7\u4eba\u3000Ctrl+1", None))
        self.respondent_button.setText(QCoreApplication.translate("RecorderWindow", u"\u88ab\u7533\u8bf7\u4eba\u3000Ctrl+2", None))
        self.mediator_button.setText(QCoreApplication.translate("RecorderWindow", u"\u8c03\u89e3\u5458\u3000Ctrl+3", None))
        self.third_party_button.setText(QCoreApplication.translate("RecorderWindow", u"\u7b2c\u4e09\u4eba\u3000Ctrl+4", None))
        self.timestamp_button.setText(QCoreApplication.translate("RecorderWindow", u"\u65f6\u95f4 [\u65f6:\u5206]\u3000Ctrl+T", None))
        self.speakers_hint.setText(QCoreApplication.translate("RecorderWindow", u"\u540c\u4e00\u5feb\u6377\u952e\u518d\u6309\u4e00\u6b21\uff0c\u6362\u6210\u540c\u4e00\u8eab\u4efd\u7684\u4e0b\u4e00\u4e2a\u4eba\u3002", None))
#if QT_CONFIG(accessibility)
        self.record_edit.setAccessibleName(QCoreApplication.translate("RecorderWindow", u"\u7b14\u5f55\u6b63\u6587", None))
#endif // QT_CONFIG(accessibility)
        self.save_status.setText("")
        self.chars_label.setText("")
    # retranslateUi


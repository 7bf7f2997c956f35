"""府院联动: admin centre ledger, hearings, training, relief, villages, projects, meetings, SME, recommendation tracks

Revision ID: 0004_linkage
Revises: 0003_sync
Create Date: 2026-12-01
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0004_linkage'
down_revision: str | None = '0003_sync'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('jointmeeting',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('court_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('participants', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['court_id'], ['court.id'], name=op.f('fk_jointmeeting_court_id_court')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jointmeeting'))
    )
    with op.batch_alter_table('jointmeeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jointmeeting_court_id'), ['court_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_jointmeeting_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_jointmeeting_hlc'), ['hlc'], unique=False)

    op.create_table('trainingevent',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('court_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('case_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('cause', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('agency', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('head_appeared', sa.Boolean(), nullable=False),
    sa.Column('observer_orgs', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('attendees', sa.Integer(), nullable=False),
    sa.Column('deputies', sa.Integer(), nullable=False),
    sa.Column('lecturer', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('discussion', sa.Text(), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['court_id'], ['court.id'], name=op.f('fk_trainingevent_court_id_court')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainingevent'))
    )
    with op.batch_alter_table('trainingevent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trainingevent_court_id'), ['court_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainingevent_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainingevent_hlc'), ['hlc'], unique=False)

    op.create_table('meetingitem',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('meeting_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('result', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['jointmeeting.id'], name=op.f('fk_meetingitem_meeting_id_jointmeeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetingitem'))
    )
    with op.batch_alter_table('meetingitem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetingitem_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetingitem_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetingitem_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('village',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('place_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('township', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('tribunal_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('population', sa.Integer(), nullable=False),
    sa.Column('households', sa.Integer(), nullable=False),
    sa.Column('grid_workers', sa.Integer(), nullable=False),
    sa.Column('mediators', sa.Integer(), nullable=False),
    sa.Column('assessors', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('cycle_start', sa.Integer(), nullable=False),
    sa.Column('achieved_on', sa.Date(), nullable=True),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('evaluator', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], name=op.f('fk_village_place_id_place')),
    sa.ForeignKeyConstraint(['tribunal_id'], ['tribunal.id'], name=op.f('fk_village_tribunal_id_tribunal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village')),
    sa.UniqueConstraint('place_id', name=op.f('uq_village_place_id'))
    )
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_village_tribunal_id'), ['tribunal_id'], unique=False)

    op.create_table('admincase',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('dispute_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('agency', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('agency_level', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('agency_head', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('act_type', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('procedure_state', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('intake_source', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('knew_on', sa.Date(), nullable=True),
    sa.Column('reconsideration_decision_on', sa.Date(), nullable=True),
    sa.Column('real_property', sa.Boolean(), nullable=False),
    sa.Column('informed_of_right', sa.Boolean(), nullable=False),
    sa.Column('content_type', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('group_case', sa.Boolean(), nullable=False),
    sa.Column('people_count', sa.Integer(), nullable=False),
    sa.Column('triage', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('triage_reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('triaged_on', sa.Date(), nullable=True),
    sa.Column('head_participated', sa.Boolean(), nullable=False),
    sa.Column('amount_paid_fen', sa.BigInteger(), nullable=True),
    sa.Column('later_case_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_admincase_dispute_id_dispute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_admincase')),
    sa.UniqueConstraint('dispute_id', name=op.f('uq_admincase_dispute_id'))
    )
    with op.batch_alter_table('admincase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_admincase_agency'), ['agency'], unique=False)
        batch_op.create_index(batch_op.f('ix_admincase_hlc'), ['hlc'], unique=False)

    op.create_table('reliefcase',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('court_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('dispute_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('case_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('relief_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('applicant', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('county_code', sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('requested_fen', sa.BigInteger(), nullable=True),
    sa.Column('amount_fen', sa.BigInteger(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('review_note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['court_id'], ['court.id'], name=op.f('fk_reliefcase_court_id_court')),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_reliefcase_dispute_id_dispute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reliefcase'))
    )
    with op.batch_alter_table('reliefcase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reliefcase_case_number'), ['case_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_reliefcase_court_id'), ['court_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reliefcase_dispute_id'), ['dispute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reliefcase_hlc'), ['hlc'], unique=False)

    op.create_table('smecase',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('dispute_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('enterprise', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('flagged_on', sa.Date(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_smecase_dispute_id_dispute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_smecase')),
    sa.UniqueConstraint('dispute_id', name=op.f('uq_smecase_dispute_id'))
    )
    with op.batch_alter_table('smecase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_smecase_hlc'), ['hlc'], unique=False)

    op.create_table('villageyear',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('village_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('lawsuits', sa.Integer(), nullable=False),
    sa.Column('petitions', sa.Integer(), nullable=False),
    sa.Column('group_incidents', sa.Integer(), nullable=False),
    sa.Column('education_events', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_villageyear_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_villageyear')),
    sa.UniqueConstraint('village_id', 'year', name=op.f('uq_villageyear_village_id_year'))
    )
    with op.batch_alter_table('villageyear', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_villageyear_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_villageyear_village_id'), ['village_id'], unique=False)

    op.create_table('hearing',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('court_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('dispute_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('case_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('agency', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('agency_level', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('county_code', sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
    sa.Column('instance', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('mandatory', sa.Boolean(), nullable=False),
    sa.Column('hearing_on', sa.Date(), nullable=False),
    sa.Column('notice_served_on', sa.Date(), nullable=True),
    sa.Column('identity_submitted', sa.Boolean(), nullable=False),
    sa.Column('appearance', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('appearer', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('appearer_post', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('absence_reason', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('absence_proof', sa.Boolean(), nullable=False),
    sa.Column('left_early', sa.Boolean(), nullable=False),
    sa.Column('refused_to_explain', sa.Boolean(), nullable=False),
    sa.Column('spoke_on_resolution', sa.Boolean(), nullable=False),
    sa.Column('recommendation_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['court_id'], ['court.id'], name=op.f('fk_hearing_court_id_court')),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_hearing_dispute_id_dispute')),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_hearing_recommendation_id_recommendation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hearing'))
    )
    with op.batch_alter_table('hearing', schema=None) as batch_op:
        batch_op.create_index('ix_hearing_agency_hearing_on', ['agency', 'hearing_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_hearing_case_number'), ['case_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_hearing_court_id'), ['court_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hearing_dispute_id'), ['dispute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hearing_hearing_on'), ['hearing_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_hearing_hlc'), ['hlc'], unique=False)

    op.create_table('recommendationtrack',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('recommendation_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('cluster_category', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('cluster_scope', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('cluster_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('cluster_count', sa.Integer(), nullable=False),
    sa.Column('follow_up', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('followed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommendationtrack_recommendation_id_recommendation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendationtrack')),
    sa.UniqueConstraint('recommendation_id', name=op.f('uq_recommendationtrack_recommendation_id'))
    )
    with op.batch_alter_table('recommendationtrack', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendationtrack_hlc'), ['hlc'], unique=False)

    op.create_table('relieffundentry',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('court_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('entry_on', sa.Date(), nullable=False),
    sa.Column('direction', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('counterpart', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('relief_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['court_id'], ['court.id'], name=op.f('fk_relieffundentry_court_id_court')),
    sa.ForeignKeyConstraint(['relief_id'], ['reliefcase.id'], name=op.f('fk_relieffundentry_relief_id_reliefcase')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relieffundentry'))
    )
    with op.batch_alter_table('relieffundentry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relieffundentry_court_id'), ['court_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relieffundentry_entry_on'), ['entry_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_relieffundentry_hlc'), ['hlc'], unique=False)

    op.create_table('riskproject',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('court_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('park', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('investment_fen', sa.BigInteger(), nullable=True),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('risk_level', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('cases_studied', sa.Integer(), nullable=False),
    sa.Column('risk_points', sa.Text(), nullable=False),
    sa.Column('court_opinion', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('recommendation_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.ForeignKeyConstraint(['court_id'], ['court.id'], name=op.f('fk_riskproject_court_id_court')),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_riskproject_recommendation_id_recommendation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_riskproject'))
    )
    with op.batch_alter_table('riskproject', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_riskproject_court_id'), ['court_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_riskproject_hlc'), ['hlc'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('riskproject', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_riskproject_hlc'))
        batch_op.drop_index(batch_op.f('ix_riskproject_court_id'))

    op.drop_table('riskproject')
    with op.batch_alter_table('relieffundentry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relieffundentry_hlc'))
        batch_op.drop_index(batch_op.f('ix_relieffundentry_entry_on'))
        batch_op.drop_index(batch_op.f('ix_relieffundentry_court_id'))

    op.drop_table('relieffundentry')
    with op.batch_alter_table('recommendationtrack', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendationtrack_hlc'))

    op.drop_table('recommendationtrack')
    with op.batch_alter_table('hearing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hearing_hlc'))
        batch_op.drop_index(batch_op.f('ix_hearing_hearing_on'))
        batch_op.drop_index(batch_op.f('ix_hearing_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_hearing_court_id'))
        batch_op.drop_index(batch_op.f('ix_hearing_case_number'))
        batch_op.drop_index('ix_hearing_agency_hearing_on')

    op.drop_table('hearing')
    with op.batch_alter_table('villageyear', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_villageyear_village_id'))
        batch_op.drop_index(batch_op.f('ix_villageyear_hlc'))

    op.drop_table('villageyear')
    with op.batch_alter_table('smecase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_smecase_hlc'))

    op.drop_table('smecase')
    with op.batch_alter_table('reliefcase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reliefcase_hlc'))
        batch_op.drop_index(batch_op.f('ix_reliefcase_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_reliefcase_court_id'))
        batch_op.drop_index(batch_op.f('ix_reliefcase_case_number'))

    op.drop_table('reliefcase')
    with op.batch_alter_table('admincase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_admincase_hlc'))
        batch_op.drop_index(batch_op.f('ix_admincase_agency'))

    op.drop_table('admincase')
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_village_tribunal_id'))
        batch_op.drop_index(batch_op.f('ix_village_hlc'))

    op.drop_table('village')
    with op.batch_alter_table('meetingitem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetingitem_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meetingitem_hlc'))
        batch_op.drop_index(batch_op.f('ix_meetingitem_due_on'))

    op.drop_table('meetingitem')
    with op.batch_alter_table('trainingevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trainingevent_hlc'))
        batch_op.drop_index(batch_op.f('ix_trainingevent_held_on'))
        batch_op.drop_index(batch_op.f('ix_trainingevent_court_id'))

    op.drop_table('trainingevent')
    with op.batch_alter_table('jointmeeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jointmeeting_hlc'))
        batch_op.drop_index(batch_op.f('ix_jointmeeting_held_on'))
        batch_op.drop_index(batch_op.f('ix_jointmeeting_court_id'))

    op.drop_table('jointmeeting')

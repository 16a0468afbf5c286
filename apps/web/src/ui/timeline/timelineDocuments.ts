import { graphql } from '../../gql';

/** One item of a record's timeline, with what its one line and its expanded details show. */
export const TimelineItemFragment = graphql(`
  fragment Timeline_item on TimelineItem {
    kind
    date
    engagement {
      id
      title
      type
      date
      summary
      outcome
      place
      online
    }
    followUp {
      id
      title
      dueDate
      status
      overdue
      priority
      description
      owner {
        id
        displayName
      }
      withheld
    }
    participation {
      id
      role
      status
      dialogue {
        id
        number
        title
        startDate
      }
      person {
        id
        fullName
        withheld
      }
      organization {
        id
        name
        withheld
      }
    }
    collaboration {
      id
      title
      status
      startDate
      endDate
      description
    }
    change {
      id
      action
      at
      actorName
      changes {
        field
        before
        after
        withheld
      }
    }
  }
`);

/** The Dialogue cycles the period switch offers. */
export const TimelineCycleFragment = graphql(`
  fragment Timeline_cycle on DialogueCycle {
    number
    from
    to
  }
`);
